package jp.tokyo.mcc.line.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A bot on an H2 file database starts and finds webhooks a crash left in its journal, answered 200 and never in H2's
 * file: their events are stored and answered; the journal's old segment is gone. (On CI's PostgreSQL run the bot uses
 * PostgreSQL, where there is no journal: skipped there.)
 */
class IntakeJournalReplayIT extends AbstractBotIT {

    private static final Path DATABASE = Path.of("target", "journal-replay", String.valueOf(System.nanoTime()), "mccbot");
    private static final String USER = Webhooks.newUserId();
    private static final String TOKEN = Webhooks.newToken();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void fileDatabaseWithACrashLeftJournal(DynamicPropertyRegistry registry) {
        if (System.getenv("SPRING_DATASOURCE_URL") != null && !System.getenv("SPRING_DATASOURCE_URL").isBlank()) {
            return;
        }
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATABASE.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        try {
            Path journal = Files.createDirectories(Path.of(DATABASE + ".intake"));
            byte[] body = Webhooks.body(Webhooks.text(USER, "メニュー", TOKEN)).getBytes(StandardCharsets.UTF_8);
            ByteBuffer record = ByteBuffer.allocate(16 + body.length).putInt(IntakeJournal.MARK).putInt(body.length)
                    .putLong(Instant.now().toEpochMilli()).put(body);
            Files.write(journal.resolve("intake-0000000000000000007.journal"), record.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void webhooksACrashLeftInTheJournalAreStoredAndAnsweredAtStart() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of(DATABASE + ".intake")), "H2 file database only");
        // answered at start (the stand-in's record of it is cleared before each test: the outbox says it; by push, as
        // the tests' reply tokens live 3 s and the context took longer to start)
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM line_outbox_batch "
                + "WHERE chat_id = ? AND status = 'SENT'").param(USER).query(Long.class).single() > 0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE user_id = ?").param(USER)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(Files.exists(Path.of(DATABASE + ".intake", "intake-0000000000000000007.journal"))).isFalse();
    }
}
