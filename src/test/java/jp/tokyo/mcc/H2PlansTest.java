package jp.tokyo.mcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps a statement's plan for as long as the connection lives (H2's query cache), so the plan
 * made on the empty tables of a new bot must be the plan a grown database gets: otherwise an update of one row by its
 * id could read every pending row for good. Plans every statement of an event's path (webhook, inbox lane, outbox
 * sender, the retry job and sweeper, the family's open inquiry) on a freshly migrated, empty H2 database, then again
 * after the tables have grown, and compares the indexes used.
 */
class H2PlansTest {

    /** The statements as the stores issue them (InboxEntries, OutboxBatches, InquiryRows), with sample parameters. */
    static final Map<String, Object[]> HOT = new LinkedHashMap<>();

    static {
        Timestamp now = Timestamp.from(Instant.parse("2026-12-01T03:00:00Z"));
        HOT.put("SELECT id FROM line_inbox_event WHERE status = 'PENDING' AND chat_id = ? ORDER BY event_timestamp, id",
                new Object[] {"U7"});
        HOT.put("UPDATE line_inbox_event SET status = ?, processed_at = ? WHERE id = ? AND status = 'PENDING'",
                new Object[] {"DONE", now, 5L});
        HOT.put("UPDATE line_inbox_event SET attempts = attempts + 1, last_error = ?, "
                + "status = CASE WHEN attempts + 1 >= ? THEN 'FAILED' ELSE status END WHERE id = ?",
                new Object[] {"x", 5, 5L});
        HOT.put("SELECT MIN(id) FROM line_inbox_event WHERE status = 'PENDING' AND chat_id IS NOT NULL "
                + "AND received_at < ?", new Object[] {now});
        HOT.put("SELECT id, chat_id, CASE WHEN status = 'PENDING' AND chat_id IS NOT NULL THEN 1 ELSE 0 END "
                + "FROM line_inbox_event WHERE id >= ? ORDER BY id FETCH FIRST ? ROWS ONLY", new Object[] {5L, 500});
        HOT.put("SELECT id, chat_id, user_id, reply_token, received_at, CASE WHEN status = 'PENDING' "
                + "AND source_type = 'USER' AND (mode IS NULL OR mode <> 'standby') AND reply_token IS NOT NULL "
                + "AND late_notice_at IS NULL THEN 1 ELSE 0 END FROM line_inbox_event WHERE id > ? ORDER BY id "
                + "FETCH FIRST ? ROWS ONLY", new Object[] {5L, 2000});
        HOT.put("SELECT COUNT(*) FROM line_inbox_event WHERE user_id = ? AND late_notice_at > ?", new Object[] {"U7", now});
        HOT.put("UPDATE line_outbox_batch SET status = 'SENDING', claimed_until = ?, attempts = attempts + 1 "
                + "WHERE id = ? AND (attempts = 0 OR next_attempt_at <= ?) "
                + "AND (status = 'PENDING' OR (status = 'SENDING' AND claimed_until < ?)) "
                + "AND NOT EXISTS (SELECT 1 FROM line_outbox_batch e WHERE e.chat_id = line_outbox_batch.chat_id "
                + "AND e.status = 'PENDING' AND e.id < line_outbox_batch.id) "
                + "AND NOT EXISTS (SELECT 1 FROM line_outbox_batch e WHERE e.chat_id = line_outbox_batch.chat_id "
                + "AND e.status = 'SENDING' AND e.id < line_outbox_batch.id)",
                new Object[] {now, 5L, now, now});
        HOT.put("UPDATE line_outbox_batch SET status = 'SENDING', claimed_until = ?, attempts = attempts + 1 "
                + "WHERE id = ? AND attempts = 0 AND status = 'PENDING' "
                + "AND NOT EXISTS (SELECT 1 FROM line_outbox_batch e WHERE e.chat_id = line_outbox_batch.chat_id "
                + "AND e.status = 'PENDING' AND e.id < line_outbox_batch.id) "
                + "AND NOT EXISTS (SELECT 1 FROM line_outbox_batch e WHERE e.chat_id = line_outbox_batch.chat_id "
                + "AND e.status = 'SENDING' AND e.id < line_outbox_batch.id)",
                new Object[] {now, 5L});
        HOT.put("SELECT CASE WHEN EXISTS (SELECT 1 FROM line_outbox_batch WHERE chat_id = ? AND status = 'PENDING') "
                + "OR EXISTS (SELECT 1 FROM line_outbox_batch WHERE chat_id = ? AND status = 'SENDING') THEN 1 ELSE 0 END",
                new Object[] {"U7", "U7"});
        HOT.put("SELECT id FROM line_outbox_batch WHERE id = ?", new Object[] {5L});
        HOT.put("UPDATE line_outbox_batch SET status = 'SENT', delivered_via = ?, http_status = ?, sent_at = ?, "
                + "claimed_until = NULL, last_error = NULL WHERE id = ?", new Object[] {"REPLY", 200, now, 5L});
        HOT.put("SELECT id FROM line_outbox_batch WHERE chat_id = ? AND status = 'PENDING' "
                + "AND (attempts = 0 OR next_attempt_at <= ?) ORDER BY chat_id, status, id FETCH FIRST 1 ROWS ONLY", new Object[] {"U7", now});
        HOT.put("SELECT id, chat_id FROM line_outbox_batch WHERE status = 'PENDING' AND next_attempt_at <= ? "
                + "UNION SELECT id, chat_id FROM line_outbox_batch WHERE status = 'SENDING' AND claimed_until < ? ORDER BY id",
                new Object[] {now, now});
        HOT.put("SELECT id FROM line_outbox_batch WHERE status = 'FAILED' ORDER BY id DESC", new Object[] {});
        HOT.put("SELECT * FROM inquiry WHERE user_id = ? AND status <> 'CLOSED' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                new Object[] {"U7"});
        HOT.put("SELECT * FROM conversation_state WHERE user_id = ?", new Object[] {"U7"});
    }

    @Test
    void plansMadeOnEmptyTablesAreThoseOfGrownTables() throws SQLException {
        String url = "jdbc:h2:mem:plans-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/h2").load().migrate();

        Map<String, List<String>> empty = indexesUsed(url);
        grow(url);
        Map<String, List<String>> grown = indexesUsed(url);

        assertThat(empty).isEqualTo(grown);
        // and the grown plans are the ones meant: one row by its key, a chat's pending rows by the pending index
        assertThat(grown.get(key("UPDATE line_inbox_event SET status"))).singleElement().asString().startsWith("PRIMARY_KEY");
        assertThat(grown.get(key("UPDATE line_outbox_batch SET status = 'SENT'"))).singleElement().asString()
                .startsWith("PRIMARY_KEY");
        assertThat(grown.get(key("SELECT id FROM line_inbox_event"))).containsExactly("LINE_INBOX_PENDING");
        assertThat(grown.get(key("UPDATE line_outbox_batch SET status = 'SENDING'")))
                .containsExactly(grown.get(key("UPDATE line_outbox_batch SET status = 'SENDING'")).get(0),
                        "LINE_OUTBOX_UNSENT_BY_CHAT", "LINE_OUTBOX_UNSENT_BY_CHAT");
        assertThat(grown.get(key("UPDATE line_outbox_batch SET status = 'SENDING', claimed_until = ?, attempts = attempts + 1 "
                + "WHERE id = ? AND attempts = 0"))).element(0).asString().startsWith("PRIMARY_KEY");
        assertThat(grown.get(key("SELECT CASE WHEN EXISTS"))).containsExactly("LINE_OUTBOX_UNSENT_BY_CHAT",
                "LINE_OUTBOX_UNSENT_BY_CHAT");
        assertThat(grown.get(key("SELECT * FROM inquiry"))).containsExactly("INQUIRY_BY_USER");
        // a chat's next batch: read in id order from the chat's own index entries, stopping at the first
        assertThat(grown.get(key("SELECT id FROM line_outbox_batch WHERE chat_id"))).containsExactly("LINE_OUTBOX_UNSENT_BY_CHAT");
        assertThat(plan(url, key("SELECT id FROM line_outbox_batch WHERE chat_id"))).contains("index sorted");
        // the refill's and the late notices' walks: the primary key from an id on, in its order, however many are
        // pending (the pending index would read and sort every pending row); a family's notices by its own rows
        for (String walk : List.of("SELECT id, chat_id, CASE", "SELECT id, chat_id, user_id, reply_token")) {
            assertThat(grown.get(key(walk))).singleElement().asString().startsWith("PRIMARY_KEY");
            assertThat(plan(url, key(walk))).contains("index sorted");
        }
        assertThat(grown.get(key("SELECT COUNT(*) FROM line_inbox_event WHERE user_id"))).containsExactly("LINE_INBOX_BY_USER");
        assertThat(grown.get(key("SELECT MIN(id) FROM line_inbox_event"))).containsExactly("LINE_INBOX_PENDING");
    }

    private static String plan(String url, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement explain = c.prepareStatement("EXPLAIN " + statement)) {
            Object[] parameters = HOT.get(statement);
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = explain.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String key(String prefix) {
        return HOT.keySet().stream().filter(sql -> sql.startsWith(prefix)).findFirst().orElseThrow();
    }

    /** For each statement, the indexes its plan reads (in plan order), planned on a new connection. */
    private static Map<String, List<String>> indexesUsed(String url) throws SQLException {
        Pattern index = Pattern.compile("/\\* PUBLIC\\.([A-Z0-9_]+)");
        Map<String, List<String>> used = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (Map.Entry<String, Object[]> statement : HOT.entrySet()) {
                try (PreparedStatement explain = c.prepareStatement("EXPLAIN " + statement.getKey())) {
                    Object[] parameters = statement.getValue();
                    for (int i = 0; i < parameters.length; i++) {
                        explain.setObject(i + 1, parameters[i]);
                    }
                    try (ResultSet rs = explain.executeQuery()) {
                        rs.next();
                        List<String> names = new ArrayList<>();
                        Matcher m = index.matcher(rs.getString(1));
                        while (m.find()) {
                            names.add(m.group(1));
                        }
                        used.put(statement.getKey(), names);
                    }
                }
            }
        }
        return used;
    }

    /** A year of a busy bot, roughly: many handled events and sent batches, a few pending, closed inquiries. */
    private static void grow(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO line_inbox_event (webhook_event_id, event_type, source_type, chat_id, user_id, "
                    + "redelivery, event_timestamp, received_at, payload, status) SELECT 'w' || x, 'message', 'USER', "
                    + "'U' || MOD(x, 500), 'U' || MOD(x, 500), FALSE, x, CURRENT_TIMESTAMP, '{}', "
                    + "CASE WHEN MOD(x, 1000) = 0 THEN 'PENDING' ELSE 'DONE' END FROM SYSTEM_RANGE(1, 30000)");
            s.execute("INSERT INTO line_outbox_batch (chat_id, messages, message_count, retry_key, origin, status, "
                    + "next_attempt_at, created_at) SELECT 'U' || MOD(x, 500), '[]', 1, RANDOM_UUID(), 'BOT', "
                    + "CASE WHEN MOD(x, 1000) = 0 THEN 'PENDING' ELSE 'SENT' END, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
                    + "FROM SYSTEM_RANGE(1, 30000)");
            s.execute("INSERT INTO inquiry (inquiry_number, center, status, user_id, created_at, due_at, updated_at) "
                    + "SELECT 'K-' || x, CASE WHEN MOD(x, 3) = 0 THEN 'TAMA' ELSE 'KUBU' END, "
                    + "CASE WHEN MOD(x, 50) = 0 THEN 'NEW' ELSE 'CLOSED' END, 'U' || MOD(x, 500), CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 3000)");
            s.execute("INSERT INTO conversation_state (user_id, status, slots, offers, transcript, started_at, "
                    + "last_activity) SELECT 'U' || x, 'ACTIVE', '{}', '[]', '[]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
                    + "FROM SYSTEM_RANGE(1, 500)");
            s.execute("ANALYZE");
        }
    }
}
