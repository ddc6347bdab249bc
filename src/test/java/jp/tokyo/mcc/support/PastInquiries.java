package jp.tokyo.mcc.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.directory.CenterId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inquiries handed over in the past, for reports: opened through the counsellors' desk as today, then moved back in
 * time (and answered) in the table. A test owns a year of its own and clears it first, so it can run again on a
 * database that outlives it.
 */
public final class PastInquiries {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final CounsellorDesk desk;
    private final JdbcClient jdbc;

    public PastInquiries(CounsellorDesk desk, JdbcClient jdbc) {
        this.desk = desk;
        this.jdbc = jdbc;
    }

    /** Deletes every inquiry handed over in that year (Tokyo time). */
    public void clearYear(int year) {
        Timestamp from = Timestamp.from(LocalDateTime.of(year, 1, 1, 0, 0).atZone(TOKYO).toInstant());
        Timestamp to = Timestamp.from(LocalDateTime.of(year + 1, 1, 1, 0, 0).atZone(TOKYO).toInstant());
        jdbc.sql("DELETE FROM inquiry_message WHERE inquiry_id IN (SELECT id FROM inquiry WHERE created_at >= ? "
                + "AND created_at < ?)").params(from, to).update();
        jdbc.sql("DELETE FROM inquiry WHERE created_at >= ? AND created_at < ?").params(from, to).update();
    }

    /**
     * An inquiry handed over at {@code created} (Tokyo time), first answered at {@code answered} (null: not yet).
     * Returns its number.
     */
    public String open(String userId, CenterId center, String category, String municipality, LocalDateTime created,
                       LocalDateTime answered) {
        HandoffRequest request = new HandoffRequest(userId, category, municipality, center, "3歳", List.of("経管栄養"),
                "相談です", HandoffRequest.ContactMethod.LINE, null, null, Map.of(), "まとめ", List.of());
        HandoffReceipt receipt = desk.open(request);
        Instant at = created.atZone(TOKYO).toInstant();
        jdbc.sql("UPDATE inquiry SET created_at = ?, updated_at = ?, due_at = ?, first_answered_at = ? "
                        + "WHERE inquiry_number = ?")
                .params(Timestamp.from(at), Timestamp.from(at), Timestamp.from(at.plusSeconds(86_400)),
                        answered == null ? null : Timestamp.from(answered.atZone(TOKYO).toInstant()),
                        receipt.inquiryNumber())
                .update();
        return receipt.inquiryNumber();
    }
}
