package jp.tokyo.mcc.knowledge.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import jp.tokyo.mcc.knowledge.FaqReports;

/**
 * What families asked without a good answer: the family's words and LINE user id, why (no entry fitted, or the
 * answer did not help) and when. Kept under the transcripts' retention; a family's erasure finds its rows by user id.
 */
@Repository
class UnansweredQuestions {

    static final String UNANSWERED = "unanswered";
    static final String NOT_HELPFUL = "not-helpful";
    static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;

    UnansweredQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String userId, String text, String reason, String entryId, Instant at) {
        jdbc.sql("INSERT INTO knowledge_unanswered_question (user_id, question_text, reason, entry_id, created_at) "
                        + "VALUES (:user, :text, :reason, :entry, :at)")
                .param("user", userId)
                .param("text", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text)
                .param("reason", reason)
                .param("entry", entryId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The same words counted together, the most asked first. */
    List<FaqReports.Gap> grouped(String reason, int limit) {
        return jdbc.sql("SELECT question_text, entry_id, COUNT(*) AS asked, MAX(created_at) AS last_asked "
                        + "FROM knowledge_unanswered_question WHERE reason = :reason "
                        + "GROUP BY question_text, entry_id ORDER BY asked DESC, last_asked DESC LIMIT :limit")
                .param("reason", reason)
                .param("limit", limit)
                .query((rs, n) -> new FaqReports.Gap(rs.getString("question_text"), rs.getString("entry_id"),
                        rs.getLong("asked"), rs.getTimestamp("last_asked").toInstant()))
                .list();
    }

    /** How many questions of that reason were asked between {@code from} (inclusive) and {@code to} (exclusive). */
    long count(String reason, Instant from, Instant to) {
        return jdbc.sql("SELECT COUNT(*) FROM knowledge_unanswered_question WHERE reason = :reason "
                        + "AND created_at >= :from AND created_at < :to")
                .param("reason", reason)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(Long.class)
                .single();
    }

    /** Deletes every question the family asked (erasure); returns how many. */
    int deleteFor(String userId) {
        return jdbc.sql("DELETE FROM knowledge_unanswered_question WHERE user_id = :user")
                .param("user", userId)
                .update();
    }

    /** Deletes the questions asked before that instant (retention); returns how many. */
    int deleteAskedBefore(Instant before) {
        return jdbc.sql("DELETE FROM knowledge_unanswered_question WHERE created_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }

    /** How many rows a family has (for tests and erasure checks). */
    long countFor(String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM knowledge_unanswered_question WHERE user_id = :user")
                .param("user", userId)
                .query(Long.class)
                .single();
    }
}
