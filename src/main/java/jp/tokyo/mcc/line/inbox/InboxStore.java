package jp.tokyo.mcc.line.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The inbox table: webhook events stored before LINE gets its 200, processed afterwards. */
@Repository
public class InboxStore {

    private static final String COLUMNS = "id, webhook_event_id, event_type, source_type, chat_id, user_id, mode, "
            + "redelivery, reply_token, event_timestamp, received_at, payload, status, attempts";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    InboxStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Stores the events that are new; an event whose {@code webhookEventId} is already stored (LINE redelivered
     * it, or sent it twice) is skipped. Returns the stored entries with their ids.
     */
    public List<InboxEntry> storeNew(List<InboxEntry> entries) {
        List<InboxEntry> stored = new ArrayList<>(entries.size());
        for (InboxEntry entry : entries) {
            try {
                // one auto-committed INSERT per event (no surrounding transaction): a duplicate must not undo its
                // siblings, and the webhook thread holds a connection only for the statement
                stored.add(entry.withId(insert(entry)));
            } catch (DuplicateKeyException duplicate) {
                // already in the inbox: answered (or being answered) once, never twice
            }
        }
        return stored;
    }

    private long insert(InboxEntry e) {
        KeyHolder keys = new GeneratedKeyHolder();
        template.update(con -> {
            var ps = con.prepareStatement("INSERT INTO line_inbox_event (webhook_event_id, event_type, source_type, "
                    + "chat_id, user_id, mode, redelivery, reply_token, event_timestamp, received_at, payload, status, "
                    + "attempts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0)", new String[] {"id"});
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
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Pending events of one chat, oldest LINE timestamp first. */
    public List<InboxEntry> pendingOf(String chatId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM line_inbox_event WHERE status = 'PENDING' AND chat_id = ? "
                        + "ORDER BY event_timestamp, id")
                .param(chatId).query(InboxStore::map).list();
    }

    /** Chats that have pending events (after a restart, or when a wake-up was lost). */
    public List<String> chatsWithPendingEvents(Instant receivedBefore, int limit) {
        return jdbc.sql("SELECT DISTINCT chat_id FROM line_inbox_event WHERE status = 'PENDING' AND chat_id IS NOT NULL "
                        + "AND received_at < ?")
                .param(Timestamp.from(receivedBefore)).query(String.class).list().stream().limit(limit).toList();
    }

    /** Pending events that no lane can take (LINE gave no source). */
    public List<InboxEntry> pendingWithoutChat(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM line_inbox_event WHERE status = 'PENDING' AND chat_id IS NULL")
                .query(InboxStore::map).list().stream().limit(limit).toList();
    }

    /** Marks a pending event as finished; false when it was not pending any more. */
    public boolean finish(long id, InboxEntry.Status status) {
        return jdbc.sql("UPDATE line_inbox_event SET status = ?, processed_at = ? WHERE id = ? AND status = 'PENDING'")
                .param(status.name()).param(Timestamp.from(Instant.now())).param(id).update() == 1;
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
