package jp.tokyo.mcc.line.inbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jp.tokyo.mcc.support.Webhooks;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Text message events stored in the inbox as the webhook stores them, received in the past, with nobody woken. */
final class PastEvents {

    private PastEvents() {
    }

    /** Stores a family's text message event received {@code ago} before now; returns its inbox id. */
    static long store(JdbcClient jdbc, String user, String token, String text, Duration ago) {
        Instant receivedAt = Instant.now().minus(ago);
        String eventId = UUID.randomUUID().toString();
        long timestamp = receivedAt.toEpochMilli();
        String payload = Webhooks.event("message", "{\"type\":\"user\",\"userId\":\"" + user + "\"}", timestamp, token,
                "\"message\":{\"id\":\"" + timestamp + "\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"" + text
                        + "\"}", "active", false, eventId);
        jdbc.sql("INSERT INTO line_inbox_event (webhook_event_id, event_type, source_type, chat_id, user_id, mode, "
                        + "redelivery, reply_token, event_timestamp, received_at, payload, status, attempts) "
                        + "VALUES (?, 'message', 'USER', ?, ?, 'active', FALSE, ?, ?, ?, ?, 'PENDING', 0)")
                .param(eventId).param(user).param(user).param(token).param(timestamp)
                .param(Timestamp.from(receivedAt)).param(payload).update();
        return jdbc.sql("SELECT id FROM line_inbox_event WHERE webhook_event_id = ?").param(eventId)
                .query(Long.class).single();
    }
}
