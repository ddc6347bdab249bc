package jp.tokyo.mcc.line.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.tokyo.mcc.line.DeliveryReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The outbox table. A batch is claimed before it is sent, so two senders never send the same batch. */
@Repository
class OutboxBatches {

    private static final String COLUMNS = "id, chat_id, inbox_event_id, reply_token, reply_token_expires_at, messages, "
            + "retry_key, origin, status, attempts, claimed_until";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    /** This process in its claims (PostgreSQL), or null (H2: one process). */
    private final Integer claimant;
    /** What else makes a SENDING batch due: on PostgreSQL, a claim whose process died ({@link LiveInstances}). */
    private final String orDeadClaim;

    OutboxBatches(JdbcClient jdbc, JdbcTemplate template, LiveInstances instances) {
        this.jdbc = jdbc;
        this.template = template;
        this.claimant = instances.id();
        this.orDeadClaim = instances.shared() ? " OR " + LiveInstances.deadClaimSql() : "";
    }

    /**
     * Stores a new batch and returns it as stored. With {@code claimedUntil} the batch is stored already claimed for
     * its own sender (only when its chat has no unsent batch before it: see {@link #hasUnsent}); otherwise its sender
     * claims it as any batch. {@code retryJobFrom} is when the retry job may take a pending batch over instead
     * (should the process stop before it was sent), so the job does not race the sender meanwhile.
     */
    OutboxBatch insert(String chatId, Long inboxEventId, String replyToken, Instant replyTokenExpiresAt,
                       String messagesJson, int messageCount, String origin, Instant now, Instant retryJobFrom,
                       Instant claimedUntil) {
        UUID retryKey = UUID.randomUUID();
        OutboxBatch.Status status = claimedUntil == null ? OutboxBatch.Status.PENDING : OutboxBatch.Status.SENDING;
        int attempts = claimedUntil == null ? 0 : 1;
        KeyHolder keys = new GeneratedKeyHolder();
        template.update(con -> {
            var ps = con.prepareStatement("INSERT INTO line_outbox_batch (chat_id, inbox_event_id, reply_token, "
                    + "reply_token_expires_at, messages, message_count, retry_key, origin, status, attempts, "
                    + "next_attempt_at, claimed_until, created_at" + (claimant == null ? "" : ", claimed_by")
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?" + (claimant == null ? "" : ",?") + ")",
                    new String[] {"id"});
            ps.setString(1, chatId);
            ps.setObject(2, inboxEventId);
            ps.setString(3, replyToken);
            ps.setTimestamp(4, replyTokenExpiresAt == null ? null : Timestamp.from(replyTokenExpiresAt));
            ps.setString(5, messagesJson);
            ps.setInt(6, messageCount);
            ps.setObject(7, retryKey);
            ps.setString(8, origin);
            ps.setString(9, status.name());
            ps.setInt(10, attempts);
            ps.setTimestamp(11, Timestamp.from(retryJobFrom));
            ps.setTimestamp(12, claimedUntil == null ? null : Timestamp.from(claimedUntil));
            ps.setTimestamp(13, Timestamp.from(now));
            if (claimant != null) {
                ps.setObject(14, claimedUntil == null ? null : claimant);
            }
            return ps;
        }, keys);
        return new OutboxBatch(keys.getKey().longValue(), chatId, inboxEventId, replyToken, replyTokenExpiresAt,
                messagesJson, retryKey, origin, status, attempts, claimedUntil);
    }

    /** Whether the chat has a batch not yet sent (waiting, or being sent). */
    boolean hasUnsent(String chatId) {
        // one look-up per status in line_outbox_unsent_by_chat
        return jdbc.sql("SELECT CASE WHEN EXISTS (SELECT 1 FROM line_outbox_batch WHERE chat_id = :chat AND status = 'PENDING') "
                        + "OR EXISTS (SELECT 1 FROM line_outbox_batch WHERE chat_id = :chat AND status = 'SENDING') "
                        + "THEN 1 ELSE 0 END")
                .param("chat", chatId).query(Integer.class).single() == 1;
    }

    /**
     * Claims a due batch for sending, unless an earlier batch to the same chat is still unsent (messages reach a
     * family in the order they were written). A SENDING batch whose claim ran out (the process died) is due again.
     */
    Optional<OutboxBatch> claim(long id, Instant now, Instant claimUntil) {
        if (!claimUpdate(id, now, claimUntil, false)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM line_outbox_batch WHERE id = ?").param(id)
                .query(OutboxBatches::map).optional();
    }

    /**
     * Claims a batch just stored by this process, as {@link #claim} does, without reading it back: never tried yet
     * (every claim counts an attempt), it is as it was stored, but for the claim's own changes.
     */
    Optional<OutboxBatch> claimNew(OutboxBatch stored, Instant now, Instant claimUntil) {
        if (stored.attempts() != 0 || !claimUpdate(stored.id(), now, claimUntil, true)) {
            return Optional.empty();
        }
        return Optional.of(stored.claimed(claimUntil));
    }

    private boolean claimUpdate(long id, Instant now, Instant claimUntil, boolean neverTried) {
        String due = neverTried
                // untouched since it was stored (a claim counts an attempt, so it cannot be SENDING either)
                ? "attempts = 0 AND status = 'PENDING' "
                // a batch never tried yet may be sent at once; a retried one waits for its next attempt
                : orDeadClaim.isEmpty()
                ? "(attempts = 0 OR next_attempt_at <= :now) "
                + "AND (status = 'PENDING' OR (status = 'SENDING' AND claimed_until < :now)) "
                // several processes: a batch whose sender died is taken over at once, not when its claim runs out
                : "((attempts = 0 OR next_attempt_at <= :now) "
                + "AND (status = 'PENDING' OR (status = 'SENDING' AND claimed_until < :now)) "
                + "OR (status = 'SENDING'" + orDeadClaim.replace(" OR ", " AND ") + ")) ";
        return jdbc.sql("UPDATE line_outbox_batch SET status = 'SENDING', claimed_until = :until, attempts = attempts + 1"
                        + (claimant == null ? "" : ", claimed_by = " + claimant) + " WHERE id = :id AND " + due
                        // one NOT EXISTS per status: each is a single look-up in line_outbox_unsent_by_chat
                        + "AND NOT EXISTS (SELECT 1 FROM line_outbox_batch e WHERE e.chat_id = line_outbox_batch.chat_id "
                        + "AND e.status = 'PENDING' AND e.id < line_outbox_batch.id) "
                        + "AND NOT EXISTS (SELECT 1 FROM line_outbox_batch e WHERE e.chat_id = line_outbox_batch.chat_id "
                        + "AND e.status = 'SENDING' AND e.id < line_outbox_batch.id)")
                .param("until", Timestamp.from(claimUntil)).param("id", id).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** How many attempts the batch has had (another process's claim counts one too). */
    int attempts(long id) {
        return jdbc.sql("SELECT attempts FROM line_outbox_batch WHERE id = ?").param(id).query(Integer.class)
                .optional().orElse(0);
    }

    void markSent(long id, String via, Integer httpStatus, Instant now) {
        jdbc.sql("UPDATE line_outbox_batch SET status = 'SENT', delivered_via = ?, http_status = ?, sent_at = ?, "
                        + "claimed_until = NULL, last_error = NULL WHERE id = ?")
                .param(via).param(httpStatus).param(Timestamp.from(now)).param(id).update();
    }

    /**
     * Sent by an earlier attempt: LINE refused the batch's fresh reply token as used, and only that attempt can have
     * used it. Recorded as a reply with LINE's answer to this attempt.
     */
    void markDeliveredEarlier(long id, Integer httpStatus, Instant now) {
        jdbc.sql("UPDATE line_outbox_batch SET status = 'SENT', delivered_via = 'REPLY', http_status = ?, sent_at = ?, "
                        + "claimed_until = NULL, last_error = 'reply token used by an earlier attempt' WHERE id = ?")
                .param(httpStatus).param(Timestamp.from(now)).param(id).update();
    }

    /** Back to PENDING for a later attempt; {@code dropReplyToken} makes the next attempt a push. */
    void retryLater(long id, Instant nextAttempt, Integer httpStatus, String error, boolean dropReplyToken) {
        jdbc.sql("UPDATE line_outbox_batch SET status = 'PENDING', next_attempt_at = ?, http_status = ?, last_error = ?, "
                        + "claimed_until = NULL" + (dropReplyToken ? ", reply_token = NULL" : "") + " WHERE id = ?")
                .param(Timestamp.from(nextAttempt)).param(httpStatus).param(shorten(error)).param(id).update();
    }

    void markFailed(long id, Integer httpStatus, String error) {
        jdbc.sql("UPDATE line_outbox_batch SET status = 'FAILED', http_status = ?, last_error = ?, claimed_until = NULL "
                        + "WHERE id = ?")
                .param(httpStatus).param(shorten(error)).param(id).update();
    }

    /** The oldest unsent batch of a chat, when it is due. */
    Optional<Long> nextDue(String chatId, Instant now) {
        // one row, read in order from line_outbox_unsent_by_chat (chat_id, status, id): a chat with a long queue (LINE
        // down for a while) is not read whole for each batch it sends. Chat and status are fixed by the WHERE; naming
        // them in the ORDER BY lets H2 see that the index is already in this order (checked by H2PlansTest)
        return jdbc.sql("SELECT id FROM line_outbox_batch WHERE chat_id = ? AND status = 'PENDING' "
                        + "AND (attempts = 0 OR next_attempt_at <= ?) "
                        + "ORDER BY chat_id, status, id FETCH FIRST 1 ROWS ONLY")
                .param(chatId).param(Timestamp.from(now)).query(Long.class).optional();
    }

    /** A batch that is due, and its chat. */
    record Due(long id, String chatId) {
    }

    /** Unsent batches that are due, oldest first. */
    List<Due> due(Instant now, int limit) {
        // two index range reads (line_outbox_due) rather than one OR that reads every batch ever sent; no FETCH FIRST:
        // H2 would then walk the primary key in id order instead of using the index
        return jdbc.sql("SELECT id, chat_id FROM line_outbox_batch WHERE status = 'PENDING' AND next_attempt_at <= ? "
                        + "UNION SELECT id, chat_id FROM line_outbox_batch WHERE status = 'SENDING' AND (claimed_until < ?"
                        + orDeadClaim + ") ORDER BY id")
                .param(Timestamp.from(now)).param(Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2))).list().stream().limit(limit).toList();
    }

    /** LINE is back: every batch waiting out its back-off after a failed attempt is due now. Returns how many. */
    int bringForward(Instant now) {
        return jdbc.sql("UPDATE line_outbox_batch SET next_attempt_at = ? WHERE status = 'PENDING' AND next_attempt_at > ? "
                        + "AND attempts > 0")
                .param(Timestamp.from(now)).param(Timestamp.from(now)).update();
    }

    long count(OutboxBatch.Status status) {
        return jdbc.sql("SELECT COUNT(*) FROM line_outbox_batch WHERE status = ?").param(status.name())
                .query(Long.class).single();
    }

    /** Batches per status (a status without batches is absent). */
    Map<OutboxBatch.Status, Long> countByStatus() {
        Map<OutboxBatch.Status, Long> counts = new EnumMap<>(OutboxBatch.Status.class);
        jdbc.sql("SELECT status, COUNT(*) FROM line_outbox_batch GROUP BY status")
                .query((RowCallbackHandler) rs -> counts.put(OutboxBatch.Status.valueOf(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    /** What became of these batches: waiting (pending or being sent), sent, failed, with LINE's last answer. */
    Map<Long, DeliveryReport.Fate> fates(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, DeliveryReport.Fate> fates = new java.util.HashMap<>();
        jdbc.sql("SELECT id, status, http_status, last_error FROM line_outbox_batch WHERE id IN (:ids)")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> {
                    DeliveryReport.Fate.State state = switch (OutboxBatch.Status.valueOf(rs.getString(2))) {
                        case SENT -> DeliveryReport.Fate.State.SENT;
                        case FAILED -> DeliveryReport.Fate.State.FAILED;
                        case PENDING, SENDING -> DeliveryReport.Fate.State.WAITING;
                    };
                    fates.put(rs.getLong(1), new DeliveryReport.Fate(rs.getLong(1), state, (Integer) rs.getObject(3),
                            rs.getString(4)));
                });
        return fates;
    }

    /** Failed batches, newest first, for administrators (no message text). */
    List<FailedBatch> failed(int limit) {
        // the status index finds the (few) failed batches; no FETCH FIRST, which would make H2 walk the primary key
        return jdbc.sql("SELECT id, chat_id, origin, http_status, last_error, attempts, created_at "
                        + "FROM line_outbox_batch WHERE status = 'FAILED' ORDER BY id DESC")
                .query((rs, n) -> new FailedBatch(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant()))
                .list().stream().limit(limit).toList();
    }

    record FailedBatch(long id, String chatId, String origin, Integer httpStatus, String error, int attempts,
                       Instant createdAt) {
    }

    /**
     * Puts a FAILED batch back in the queue, due now, with its attempts counted afresh. The retry key stays, so
     * LINE never delivers it twice; the reply token is dropped (long expired), the next attempt is a push.
     * Returns false when the batch is not FAILED (unknown, or retried already).
     */
    boolean requeueFailed(long id, Instant now) {
        return jdbc.sql("UPDATE line_outbox_batch SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                        + "claimed_until = NULL, reply_token = NULL, reply_token_expires_at = NULL "
                        + "WHERE id = ? AND status = 'FAILED'")
                .param(Timestamp.from(now)).param(id).update() == 1;
    }

    private static String shorten(String s) {
        return s == null ? null : s.substring(0, Math.min(480, s.length()));
    }

    private static OutboxBatch map(ResultSet rs, int row) throws SQLException {
        Timestamp expires = rs.getTimestamp("reply_token_expires_at");
        Timestamp claimedUntil = rs.getTimestamp("claimed_until");
        long inboxId = rs.getLong("inbox_event_id");
        Long inbox = rs.wasNull() ? null : inboxId; // wasNull speaks of the column read last
        return new OutboxBatch(rs.getLong("id"), rs.getString("chat_id"), inbox,
                rs.getString("reply_token"), expires == null ? null : expires.toInstant(), rs.getString("messages"),
                rs.getObject("retry_key", UUID.class), rs.getString("origin"),
                OutboxBatch.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                claimedUntil == null ? null : claimedUntil.toInstant());
    }
}
