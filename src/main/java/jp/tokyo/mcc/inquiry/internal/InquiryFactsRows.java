package jp.tokyo.mcc.inquiry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryFacts;
import jp.tokyo.mcc.inquiry.InquiryStatistics;
import jp.tokyo.mcc.inquiry.InquiryStatus;
import jp.tokyo.mcc.line.TrialChats;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inquiry table's columns that reports count, read without the family's words. */
@Repository
class InquiryFactsRows implements InquiryStatistics {

    private final JdbcClient jdbc;
    private final ObjectProvider<TrialChats> trialChats;

    InquiryFactsRows(JdbcClient jdbc, ObjectProvider<TrialChats> trialChats) {
        this.jdbc = jdbc;
        this.trialChats = trialChats;
    }

    @Override
    public List<InquiryFacts> opened(Set<CenterId> centers, Instant from, Instant to) {
        if (centers.isEmpty() || !from.isBefore(to)) {
            return List.of();
        }
        return jdbc.sql("SELECT center, category, municipality, created_at, first_answered_at, status, user_id "
                        + "FROM inquiry WHERE center IN (:centers) AND created_at >= :from AND created_at < :to "
                        + "ORDER BY created_at, id")
                .param("centers", centers.stream().map(CenterId::code).toList())
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> isSimulated(rs) ? null : map(rs)).list().stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Inquiries made in the simulator (trial chats) are not counted. */
    private boolean isSimulated(ResultSet rs) throws SQLException {
        String userId = rs.getString("user_id");
        TrialChats trials = trialChats.getIfAvailable();
        return userId != null && trials != null && trials.isTrial(userId);
    }

    private static InquiryFacts map(ResultSet rs) throws SQLException {
        return new InquiryFacts(CenterId.fromCode(rs.getString("center")).orElseThrow(), rs.getString("category"),
                rs.getString("municipality"), instant(rs, "created_at"), instant(rs, "first_answered_at"),
                InquiryStatus.valueOf(rs.getString("status")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
