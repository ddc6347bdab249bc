package jp.tokyo.mcc.line;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * For administrators: what could not be delivered to LINE, how much is waiting, and a way to try a failed batch
 * again. Nothing here carries message text or a LINE user id.
 */
public interface DeliveryReport {

    /** Failed batches, newest first, at most {@code limit}. */
    List<FailedDelivery> failed(int limit);

    /** What became of these batches (unknown ids are left out). */
    Map<Long, Fate> fates(Collection<Long> batchIds);

    /**
     * A batch's fate.
     *
     * @param batchId    the outbox batch
     * @param state      waiting (not sent yet, or being sent, or to be tried again), sent (LINE took it), failed
     * @param httpStatus LINE's answer to the last attempt; null when none came (or none yet)
     * @param error      a short technical reason, e.g. "HTTP 400" or "HTTP 429 monthly-limit" (never message text)
     */
    record Fate(long batchId, State state, Integer httpStatus, String error) {

        public enum State { WAITING, SENT, FAILED }
    }

    /** How many batches are in each state, and how many received events could not be handled. */
    Counts counts();

    /**
     * Puts a FAILED batch back in the queue with a fresh attempt budget and the SAME retry key, so LINE never
     * delivers it twice (a key LINE has already accepted is answered with 409 and counts as delivered).
     *
     * @return false when the batch does not exist or is not FAILED (e.g. already retried)
     */
    boolean retry(long batchId);

    /**
     * One batch LINE refused (4xx other than a stale reply token), or that failed after every retry.
     *
     * @param batchId   the outbox batch
     * @param origin    who wrote it
     * @param httpStatus LINE's answer to the last attempt; null when no answer came (timeout, network)
     * @param error     a short technical reason, e.g. "HTTP 400" or "timeout" (never message text)
     * @param attempts  attempts made so far
     * @param createdAt when it was written
     * @param chatRef   a short non-reversible reference to the chat (first 8 hex digits of its SHA-256), so
     *                  administrators can tell whether failures concern the same family without seeing the id
     */
    record FailedDelivery(long batchId, Outbox.Origin origin, Integer httpStatus, String error, int attempts,
                          Instant createdAt, String chatRef) {
    }

    /**
     * @param pending      waiting to be sent (new, or to be retried after an outage)
     * @param sending      being sent right now
     * @param sent         delivered
     * @param failed       given up; see {@link #failed(int)}
     * @param failedEvents received webhook events the bot could not handle (set aside after repeated errors)
     */
    record Counts(long pending, long sending, long sent, long failed, long failedEvents) {
    }
}
