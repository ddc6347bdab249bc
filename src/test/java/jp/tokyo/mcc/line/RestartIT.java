package jp.tokyo.mcc.line;

import static jp.tokyo.mcc.support.LineApiStub.PUSH;
import static jp.tokyo.mcc.support.LineApiStub.REPLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jp.tokyo.mcc.CareBotApplication;
import jp.tokyo.mcc.line.inbox.InboxEntry;
import jp.tokyo.mcc.line.inbox.InboxEntries;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What was stored but not handled or not sent when the process died is handled and sent after the restart. */
class RestartIT {

    private ConfigurableApplicationContext start() {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0",
                "--app.line.api-endpoint=" + LineApiStub.baseUrl(), "--app.line.reply-token-ttl=50s",
                "--app.conversation.enabled=false"));
        String external = System.getenv("SPRING_DATASOURCE_URL");
        if (external == null || external.isBlank()) {
            // its own in-memory database, kept between the two starts; on CI's PostgreSQL run the environment's
            // database is used (it outlives both starts by itself)
            args.add("--spring.datasource.url=jdbc:h2:mem:restart;DB_CLOSE_DELAY=-1");
        }
        return new SpringApplicationBuilder(CareBotApplication.class, EchoConversation.class)
                .profiles("test")
                // command-line arguments: they win over application*.properties (default properties would not)
                .run(args.toArray(String[]::new));
    }

    @Test
    void eventsStoredButNotHandledBeforeAStopAreHandledAfterTheRestart() {
        LineApiStub.resetToHealthy();
        String user = Webhooks.newUserId();
        List<String> tokens = Stream.generate(Webhooks::newToken).limit(3).toList();
        long outboxBatch;

        try (ConfigurableApplicationContext before = start()) {
            // the process stores the events and dies before its dispatcher runs
            InboxEntries inbox = before.getBean(InboxEntries.class);
            long t = Webhooks.now();
            List<InboxEntry> entries = List.of(
                    entry(user, tokens.get(2), t + 3, "third"),
                    entry(user, tokens.get(0), t + 1, "first"),
                    entry(user, tokens.get(1), t + 2, "second"));
            assertThat(inbox.storeNew(entries)).hasSize(3);
            // and a staff message was stored in the outbox but never sent
            JdbcClient jdbc = before.getBean(JdbcClient.class);
            jdbc.sql("INSERT INTO line_outbox_batch (chat_id, messages, message_count, retry_key, origin, status, attempts, "
                            + "next_attempt_at, created_at) VALUES (?, ?, 1, ?, 'STAFF', 'PENDING', 0, ?, ?)")
                    .param(user).param("[{\"type\":\"text\",\"text\":\"staff note\",\"quickReplies\":[]}]")
                    .param(UUID.randomUUID()).param(java.sql.Timestamp.from(Instant.now().plusSeconds(3600)))
                    .param(java.sql.Timestamp.from(Instant.now())).update();
            outboxBatch = jdbc.sql("SELECT MAX(id) FROM line_outbox_batch WHERE chat_id = ?").param(user)
                    .query(Long.class).single();
            jdbc.sql("UPDATE line_outbox_batch SET next_attempt_at = ? WHERE id = ?")
                    .param(java.sql.Timestamp.from(Instant.now())).param(outboxBatch).update();
            // stop before anything ran: no sweeper ran yet (test sweep interval is an hour)
            assertThat(LineApiStub.allRequestsMentioning(user)).isEmpty();
            before.getBean(org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor.class).destroy();
        }

        try (ConfigurableApplicationContext after = start()) {
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    tokens.stream().allMatch(t -> !LineApiStub.requests(REPLY, t).isEmpty()));
            List<String> order = tokens.stream()
                    .map(t -> LineApiStub.texts(LineApiStub.requests(REPLY, t).get(0)).get(0)).toList();
            assertThat(order).containsExactly("echo text:first", "echo text:second", "echo text:third");
            JdbcClient jdbc = after.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(jdbc.sql(
                    "SELECT status FROM line_outbox_batch WHERE id = ?").param(outboxBatch).query(String.class).single()));
            assertThat(LineApiStub.requests(PUSH, user)).hasSize(1);
            assertThat(LineApiStub.texts(LineApiStub.requests(PUSH, user).get(0))).containsExactly("staff note");
        }
    }

    private static InboxEntry entry(String user, String token, long timestamp, String text) {
        String payload = Webhooks.event("message", user, timestamp, token,
                "\"message\":{\"id\":\"1\",\"type\":\"text\",\"text\":\"" + text + "\"}");
        return new InboxEntry(0, UUID.randomUUID().toString(), "message", InboxEntry.SourceType.USER, user, user,
                "active", false, token, timestamp, Instant.now(), payload, InboxEntry.Status.PENDING, 0);
    }
}
