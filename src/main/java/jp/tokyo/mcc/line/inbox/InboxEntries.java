package jp.tokyo.mcc.line.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox table: webhook events stored before LINE gets its 200, processed afterwards. */
@Repository
public class InboxEntries {

    private static final String COLUMNS = "id, webhook_event_id, event_type, source_type, chat_id, user_id, mode, "
            + "redelivery, reply_token, event_timestamp, received_at, payload, status, attempts";
    /** A pending event finished (a handled event's body goes at once; a follow's or an unfollow's holds none). */
    private static final String FINISH = "UPDATE line_inbox_event SET status = ?, processed_at = ?, payload = CASE WHEN "
            + "event_type IN ('follow', 'unfollow') THEN payload ELSE '' END WHERE id = ? AND status = 'PENDING'";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;

    InboxEntries(JdbcClient jdbc, IntakeConnections intake) {
        this.jdbc = jdbc;
        // storing the webhook's events: on the webhook's own connections (intake first)
        this.template = intake.template();
        this.tx = intake.tx();
    }

    /**
     * Stores the events that are new; an event whose {@code webhookEventId} is already stored (LINE redelivered
     * it, or sent it twice) is skipped. Returns the stored entries with their ids.
     */
    public List<InboxEntry> storeNew(List<InboxEntry> entries) {
        return storeNew(entries, refused -> { });
    }

    /**
     * As {@link #storeNew(List)}; an entry the database refuses (a value it cannot hold) goes to {@code refused}
     * instead of failing its siblings. Several events are stored in one transaction and one JDBC batch (a webhook of
     * 1,000 events costs one commit, not 1,000); should that fail on one row (a redelivered event, a refused value),
     * they are stored one at a time.
     */
    public List<InboxEntry> storeNew(List<InboxEntry> entries, Consumer<InboxEntry> refused) {
        if (entries.size() > 1) {
            Map<String, InboxEntry> unique = new LinkedHashMap<>();
            entries.forEach(e -> unique.putIfAbsent(e.webhookEventId(), e));
            try {
                return tx.execute(status -> insertAll(new ArrayList<>(unique.values())));
            } catch (DataIntegrityViolationException oneRow) {
                // rolled back whole: one at a time below
            }
        }
        List<InboxEntry> stored = new ArrayList<>(entries.size());
        for (InboxEntry entry : entries) {
            try {
                // one auto-committed INSERT per event (no surrounding transaction): a duplicate must not undo its
                // siblings, and the webhook thread holds a connection only for the statement
                stored.add(entry.withId(insert(entry)));
            } catch (DuplicateKeyException duplicate) {
                // already in the inbox: answered (or being answered) once, never twice
            } catch (DataIntegrityViolationException cannotHold) {
                refused.accept(entry);
            }
        }
        return stored;
    }

    private static final String INSERT = "INSERT INTO line_inbox_event (webhook_event_id, event_type, source_type, "
            + "chat_id, user_id, mode, redelivery, reply_token, event_timestamp, received_at, payload, status, "
            + "attempts, last_error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,?)";

    private long insert(InboxEntry e) {
        KeyHolder keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement(INSERT, new String[] {"id"});
            bind(ps, e);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private List<InboxEntry> insertAll(List<InboxEntry> entries) {
        KeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(con -> con.prepareStatement(INSERT, new String[] {"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                bind(ps, entries.get(i));
            }

            @Override
            public int getBatchSize() {
                return entries.size();
            }
        }, keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        List<InboxEntry> stored = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            stored.add(entries.get(i).withId(((Number) ids.get(i).values().iterator().next()).longValue()));
        }
        return stored;
    }

    private static void bind(PreparedStatement ps, InboxEntry e) throws SQLException {
        ps.setString(1, e.webhookEventId());
        ps.setString(2, e.eventType());
        ps.setString(3, e.sourceType().name());
        ps.setString(4, e.chatId());
        ps.setString(5, e.userId());
        ps.setString(6, e.mode());
        ps.setBoolean(7, e.redelivery());
        ps.setString(8, e.replyToken());
        ps.setLong(9, e.eventTimestamp());
        ps.setTimestamp(10, Timestamp.from(e.receivedAt()));
        ps.setString(11, e.payload());
        ps.setString(12, e.status().name());
        ps.setString(13, e.problem() == null ? null : e.problem().substring(0, Math.min(480, e.problem().length())));
    }

    /** Pending events of one chat, oldest LINE timestamp first. */
    public List<InboxEntry> pendingOf(String chatId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM line_inbox_event WHERE status = 'PENDING' AND chat_id = ? "
                        + "ORDER BY event_timestamp, id")
                .param(chatId).query(InboxEntries::map).list();
    }

    /** What {@link #takeForHandling} found. */
    public enum Take { OURS, NOT_PENDING, HELD_ELSEWHERE }

    /**
     * Takes a pending event for the current transaction (PostgreSQL, where several processes share the inbox): its row
     * locked until the transaction ends, or {@link Take#HELD_ELSEWHERE} at once when another process's transaction holds
     * it ({@code FOR UPDATE SKIP LOCKED}: nobody waits for another process's handling), {@link Take#NOT_PENDING} when
     * it was handled meanwhile.
     */
    public Take takeForHandling(long id) {
        List<String> status = jdbc.sql("SELECT status FROM line_inbox_event WHERE id = ? FOR UPDATE SKIP LOCKED")
                .param(id).query(String.class).list();
        if (status.isEmpty()) {
            return Take.HELD_ELSEWHERE;
        }
        return InboxEntry.Status.PENDING.name().equals(status.get(0)) ? Take.OURS : Take.NOT_PENDING;
    }

    /** An event as the dispatcher's refill reads it: {@code waiting} when it is a chat's event still pending. */
    public record Walked(long id, String chatId, boolean waiting) {
    }

    /**
     * The events stored from inbox id {@code fromId} on, in id order, at most {@code limit}: a walk of the primary key
     * from that id (the pending events' index would read and sort every pending event when thousands wait).
     */
    public List<Walked> walkFrom(long fromId, int limit) {
        return jdbc.sql("SELECT id, chat_id, CASE WHEN status = 'PENDING' AND chat_id IS NOT NULL THEN 1 ELSE 0 END "
                        + "FROM line_inbox_event WHERE id >= ? ORDER BY id FETCH FIRST ? ROWS ONLY")
                .param(fromId).param(limit)
                .query((rs, n) -> new Walked(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1)).list();
    }

    /** The smallest id of a chat's pending event received before then (after a restart, or a wake-up was lost). */
    public Optional<Long> oldestPendingBefore(Instant receivedBefore) {
        return Optional.ofNullable(jdbc.sql("SELECT MIN(id) FROM line_inbox_event WHERE status = 'PENDING' "
                        + "AND chat_id IS NOT NULL AND received_at < ?")
                .param(Timestamp.from(receivedBefore)).query(Long.class).optional().orElse(null));
    }

    /** Pending events that no lane can take (LINE gave no source). */
    public List<InboxEntry> pendingWithoutChat(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM line_inbox_event WHERE status = 'PENDING' AND chat_id IS NULL")
                .query(InboxEntries::map).list().stream().limit(limit).toList();
    }

    /**
     * Marks a pending event as finished; false when it was not pending any more. A handled event's body goes at once
     * when it carries what the family sent (a message, a tap: everything but a follow or an unfollow, whose body holds
     * no words); LINE's redelivery is recognised by the event id, which stays.
     */
    public boolean finish(long id, InboxEntry.Status status) {
        return jdbc.sql(FINISH).param(status.name()).param(Timestamp.from(Instant.now())).param(id).update() == 1;
    }

    /** What {@link #finishHandled} found. */
    public enum Finish { FINISHED, FINISHED_TOKEN_USED, NOT_PENDING }

    /**
     * Marks a pending event as handled, and says whether its reply token was used meanwhile for a late notice
     * ({@link #claimLateNotice}): then the answer must not use it. One statement when no notice was sent (the usual
     * case); the row stays locked by this transaction, so no notice can be sent for it afterwards.
     */
    public Finish finishHandled(long id) {
        if (jdbc.sql(FINISH + " AND late_notice_at IS NULL").param(InboxEntry.Status.DONE.name())
                .param(Timestamp.from(Instant.now())).param(id).update() == 1) {
            return Finish.FINISHED;
        }
        return finish(id, InboxEntry.Status.DONE) ? Finish.FINISHED_TOKEN_USED : Finish.NOT_PENDING;
    }

    /**
     * Takes a pending event's reply token for a late notice: cleared and the time noted, in one statement that
     * succeeds only while the event is pending and its token unused (not while a handler holds the row).
     */
    public boolean claimLateNotice(long id, Instant now) {
        return jdbc.sql("UPDATE line_inbox_event SET late_notice_at = ?, reply_token = NULL WHERE id = ? "
                        + "AND status = 'PENDING' AND reply_token IS NOT NULL AND late_notice_at IS NULL")
                .param(Timestamp.from(now)).param(id).update() == 1;
    }

    /** Sets a pending event aside (FAILED) at once: it cannot be handled ({@code problem} names why, never a value). */
    public void setAside(long id, String problem) {
        jdbc.sql("UPDATE line_inbox_event SET status = 'FAILED', attempts = attempts + 1, last_error = ?, processed_at = ? "
                        + "WHERE id = ? AND status = 'PENDING'")
                .param(problem.substring(0, Math.min(problem.length(), 480))).param(Timestamp.from(Instant.now()))
                .param(id).update();
    }

    /** Counts a failed attempt; after {@code maxAttempts} the event is set aside as FAILED. Returns the new status. */
    public InboxEntry.Status failAttempt(long id, String error, int maxAttempts) {
        String shortError = error == null ? null : error.substring(0, Math.min(error.length(), 480));
        jdbc.sql("UPDATE line_inbox_event SET attempts = attempts + 1, last_error = ?, "
                        + "status = CASE WHEN attempts + 1 >= ? THEN 'FAILED' ELSE status END WHERE id = ?")
                .param(shortError).param(maxAttempts).param(id).update();
        return jdbc.sql("SELECT status FROM line_inbox_event WHERE id = ?").param(id)
                .query((rs, n) -> InboxEntry.Status.valueOf(rs.getString(1))).single();
    }

    public long count(InboxEntry.Status status) {
        return jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE status = ?").param(status.name())
                .query(Long.class).single();
    }

    static InboxEntry map(ResultSet rs, int row) throws SQLException {
        return new InboxEntry(rs.getLong("id"), rs.getString("webhook_event_id"), rs.getString("event_type"),
                InboxEntry.SourceType.valueOf(rs.getString("source_type")), rs.getString("chat_id"),
                rs.getString("user_id"), rs.getString("mode"), rs.getBoolean("redelivery"),
                rs.getString("reply_token"), rs.getLong("event_timestamp"),
                rs.getTimestamp("received_at").toInstant(), rs.getString("payload"),
                InboxEntry.Status.valueOf(rs.getString("status")), rs.getInt("attempts"));
    }
}
