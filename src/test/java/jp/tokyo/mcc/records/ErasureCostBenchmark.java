package jp.tokyo.mcc.records;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What erasure and the H2 compaction cost on an embedded H2 file of a given size (not part of the suite; prints
 * numbers). Builds the real schema (Flyway, the H2 migrations), fills it with {@code benchmark.families} families'
 * stored webhook events and sent messages ({@code benchmark.events} events each, bodies of about a kilobyte), then
 * times: erasing one family's inbox and outbox rows (the statements the line module runs), a normal close, and a
 * close with the full compaction ({@code SHUTDOWN COMPACT}), with the file sizes.
 *
 * <pre>
 * ./mvnw test -Dtest=ErasureCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbenchmark.families=2000 -Dbenchmark.events=50
 * </pre>
 */
class ErasureCostBenchmark {

    @Test
    void erasureAndCompactionCost() throws Exception {
        int families = Integer.getInteger("benchmark.families", 500);
        int events = Integer.getInteger("benchmark.events", 40);
        Path dir = Files.createTempDirectory("erasure-cost");
        String url = "jdbc:h2:file:" + dir.resolve("mccbot") + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/h2").load().migrate();
        String body = "{\"type\":\"message\",\"message\":{\"type\":\"text\",\"text\":\"" + "胃ろうの注入のことで相談です。".repeat(20)
                + "\"}}";
        String erased = null;
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement inbox = c.prepareStatement("INSERT INTO line_inbox_event (webhook_event_id, "
                    + "event_type, source_type, chat_id, user_id, redelivery, event_timestamp, received_at, payload, "
                    + "status, processed_at) VALUES (?, 'message', 'USER', ?, ?, FALSE, ?, ?, ?, 'DONE', ?)");
                 PreparedStatement outbox = c.prepareStatement("INSERT INTO line_outbox_batch (chat_id, messages, "
                         + "message_count, retry_key, origin, status, next_attempt_at, created_at) "
                         + "VALUES (?, ?, 1, ?, 'BOT', 'SENT', ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int f = 0; f < families; f++) {
                    String user = "U" + UUID.randomUUID().toString().replace("-", "");
                    if (f == families / 2) {
                        erased = user;
                    }
                    for (int e = 0; e < events; e++) {
                        inbox.setString(1, UUID.randomUUID().toString());
                        inbox.setString(2, user);
                        inbox.setString(3, user);
                        inbox.setLong(4, System.currentTimeMillis());
                        inbox.setTimestamp(5, now);
                        inbox.setString(6, body);
                        inbox.setTimestamp(7, now);
                        inbox.addBatch();
                        outbox.setString(1, user);
                        outbox.setString(2, "[{\"type\":\"text\",\"text\":\"" + body.substring(40, 200) + "\"}]");
                        outbox.setObject(3, UUID.randomUUID());
                        outbox.setTimestamp(4, now);
                        outbox.setTimestamp(5, now);
                        outbox.addBatch();
                    }
                    inbox.executeBatch();
                    outbox.executeBatch();
                    c.commit();
                }
            }
            System.out.printf("filled %,d events and %,d batches of %,d families in %,d ms%n", families * events,
                    families * events, families, (System.nanoTime() - t0) / 1_000_000);
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            long e0 = System.nanoTime();
            try (PreparedStatement deleteEvents = c.prepareStatement("DELETE FROM line_inbox_event WHERE user_id = ? "
                    + "AND status <> 'PENDING'");
                 PreparedStatement deleteBatches = c.prepareStatement("DELETE FROM line_outbox_batch WHERE chat_id = ?")) {
                deleteEvents.setString(1, erased);
                deleteBatches.setString(1, erased);
                int inbox = deleteEvents.executeUpdate();
                long e1 = System.nanoTime();
                int outbox = deleteBatches.executeUpdate();
                long e2 = System.nanoTime();
                c.commit();
                System.out.printf("erasing one family (%d inbox events, %d outbox batches): %,d ms (inbox %,d ms, "
                                + "outbox %,d ms, commit %,d ms)%n", inbox, outbox, (System.nanoTime() - e0) / 1_000_000,
                        (e1 - e0) / 1_000_000, (e2 - e1) / 1_000_000, (System.nanoTime() - e2) / 1_000_000);
            }
        }
        long size = Files.size(dir.resolve("mccbot.mv.db"));
        long c0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            System.out.printf("open: %,d ms%n", (System.nanoTime() - c0) / 1_000_000);
            long n0 = System.nanoTime();
            c.close();
            System.out.printf("normal close: %,d ms (file %,d bytes)%n", (System.nanoTime() - n0) / 1_000_000, size);
        }
        long o0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            long opened = System.nanoTime();
            s.execute("SHUTDOWN COMPACT");
            System.out.printf("open again %,d ms, SHUTDOWN COMPACT %,d ms: %,d -> %,d bytes%n",
                    (opened - o0) / 1_000_000, (System.nanoTime() - opened) / 1_000_000, size,
                    Files.size(dir.resolve("mccbot.mv.db")));
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }
}
