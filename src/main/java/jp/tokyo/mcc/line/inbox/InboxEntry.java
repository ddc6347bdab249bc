package jp.tokyo.mcc.line.inbox;

import java.time.Instant;

/**
 * One webhook event as stored in the inbox before the webhook is answered.
 *
 * @param chatId the user, group or room the event came from (the dispatch lane); null when LINE gave none
 */
public record InboxEntry(long id, String webhookEventId, String eventType, SourceType sourceType, String chatId,
                         String userId, String mode, boolean redelivery, String replyToken, long eventTimestamp,
                         Instant receivedAt, String payload, Status status, int attempts) {

    public enum SourceType { USER, GROUP, ROOM, UNKNOWN }

    public enum Status { PENDING, DONE, IGNORED, FAILED }

    public boolean isStandby() {
        return "standby".equals(mode);
    }

    public InboxEntry withId(long newId) {
        return new InboxEntry(newId, webhookEventId, eventType, sourceType, chatId, userId, mode, redelivery,
                replyToken, eventTimestamp, receivedAt, payload, status, attempts);
    }
}
