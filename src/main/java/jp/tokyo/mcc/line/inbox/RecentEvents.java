package jp.tokyo.mcc.line.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox read in the order its events were stored, as {@link LateNotices} reads it: a walk of the primary key from
 * where the last look ended, so that each event is looked at about once, however many wait (a scan of every pending
 * event each second cost as much CPU as the webhook itself when processing was far behind: issue 18).
 */
@Repository
class RecentEvents {

    /**
     * One stored event; {@code mayBeTold}: a family's (one-to-one chat) event still pending, not in standby, whose
     * reply token is unused.
     */
    record Stored(long id, String chatId, String userId, String replyToken, Instant receivedAt, boolean mayBeTold) {
    }

    private final JdbcClient jdbc;

    RecentEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Events stored after inbox id {@code afterId}, in id order, at most {@code limit}. */
    List<Stored> after(long afterId, int limit) {
        return jdbc.sql("SELECT id, chat_id, user_id, reply_token, received_at, CASE WHEN status = 'PENDING' "
                        + "AND source_type = 'USER' AND (mode IS NULL OR mode <> 'standby') AND reply_token IS NOT NULL "
                        + "AND late_notice_at IS NULL THEN 1 ELSE 0 END FROM line_inbox_event WHERE id > ? ORDER BY id "
                        + "FETCH FIRST ? ROWS ONLY")
                .param(afterId).param(limit)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getInt(6) == 1))
                .list();
    }

    /** Where a first look starts: before the oldest event still pending received after then, or at the newest. */
    long startAfter(Instant receivedAfter) {
        Optional<Long> firstPending = jdbc.sql("SELECT MIN(id) FROM line_inbox_event WHERE status = 'PENDING' "
                        + "AND received_at > ?")
                .param(Timestamp.from(receivedAfter)).query(Long.class).optional();
        if (firstPending.isPresent()) {
            return firstPending.get() - 1;
        }
        return jdbc.sql("SELECT MAX(id) FROM line_inbox_event").query(Long.class).optional().orElse(0L);
    }

    /** True when the family was told of a delay since then (any of its events). */
    boolean toldSince(String userId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE user_id = ? AND late_notice_at > ?")
                .param(userId).param(Timestamp.from(since)).query(Long.class).single() > 0;
    }
}
