package jp.tokyo.mcc.line.outbox;

import java.time.Instant;
import java.util.UUID;

/** One request's worth (1-5 messages) to one chat, stored before it is sent. */
record OutboxBatch(long id, String chatId, Long inboxEventId, String replyToken, Instant replyTokenExpiresAt,
                   String messagesJson, UUID retryKey, String origin, Status status, int attempts) {

    enum Status { PENDING, SENDING, SENT, FAILED }

    /** This batch as a claim leaves it: being sent, one more attempt counted. */
    OutboxBatch claimed() {
        return new OutboxBatch(id, chatId, inboxEventId, replyToken, replyTokenExpiresAt, messagesJson, retryKey, origin,
                Status.SENDING, attempts + 1);
    }

    boolean hasFreshReplyToken(Instant now) {
        return replyToken != null && replyTokenExpiresAt != null && now.isBefore(replyTokenExpiresAt);
    }
}
