package jp.tokyo.mcc.line.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One request's worth (1-5 messages) to one chat, stored before it is sent. {@code claimedUntil}: while SENDING, until
 * when its sender holds it (then the retry job may take it over).
 */
record OutboxBatch(long id, String chatId, Long inboxEventId, String replyToken, Instant replyTokenExpiresAt,
                   String messagesJson, UUID retryKey, String origin, Status status, int attempts, Instant claimedUntil) {

    enum Status { PENDING, SENDING, SENT, FAILED }

    /** This batch as a claim until {@code until} leaves it: being sent, one more attempt counted. */
    OutboxBatch claimed(Instant until) {
        return new OutboxBatch(id, chatId, inboxEventId, replyToken, replyTokenExpiresAt, messagesJson, retryKey, origin,
                Status.SENDING, attempts + 1, until);
    }

    /**
     * Whether an attempt before this one may have reached LINE: this batch was claimed before (a claim counts an
     * attempt), by a sender that failed to get LINE's answer or by a process that died before it recorded it.
     */
    boolean mayHaveBeenSentBefore() {
        return attempts > 1;
    }

    boolean hasFreshReplyToken(Instant now) {
        return replyToken != null && replyTokenExpiresAt != null && now.isBefore(replyTokenExpiresAt);
    }
}
