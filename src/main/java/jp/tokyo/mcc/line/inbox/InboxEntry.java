package jp.tokyo.mcc.line.inbox;

import java.time.Instant;

/**
 * One webhook event as stored in the inbox before the webhook is answered.
 *
 * @param chatId  the user, group or room the event came from (the dispatch lane); null when LINE gave none
 * @param problem why the event is set aside (status FAILED) when it is stored so: names the field, never a value
 */
public record InboxEntry(long id, String webhookEventId, String eventType, SourceType sourceType, String chatId,
                         String userId, String mode, boolean redelivery, String replyToken, long eventTimestamp,
                         Instant receivedAt, String payload, Status status, int attempts, String problem) {

    /** Column widths of the inbox table: longer values cannot be stored (the event is set aside instead). */
    public static final int MAX_WEBHOOK_EVENT_ID = 64;
    public static final int MAX_EVENT_TYPE = 40;
    public static final int MAX_CHAT_ID = 80;
    public static final int MAX_MODE = 10;
    public static final int MAX_REPLY_TOKEN = 100;
    public static final int MAX_PAYLOAD = 1_000_000;

    public enum SourceType { USER, GROUP, ROOM, UNKNOWN }

    public enum Status { PENDING, DONE, IGNORED, FAILED }

    public InboxEntry(long id, String webhookEventId, String eventType, SourceType sourceType, String chatId,
                      String userId, String mode, boolean redelivery, String replyToken, long eventTimestamp,
                      Instant receivedAt, String payload, Status status, int attempts) {
        this(id, webhookEventId, eventType, sourceType, chatId, userId, mode, redelivery, replyToken, eventTimestamp,
                receivedAt, payload, status, attempts, null);
    }

    public boolean isStandby() {
        return "standby".equals(mode);
    }

    public InboxEntry withId(long newId) {
        return new InboxEntry(newId, webhookEventId, eventType, sourceType, chatId, userId, mode, redelivery,
                replyToken, eventTimestamp, receivedAt, payload, status, attempts, problem);
    }
}
