package jp.tokyo.mcc.line.outbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import jakarta.annotation.PreDestroy;
import jp.tokyo.mcc.line.DeliverySettled;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.line.inbox.CommitBarrier;
import jp.tokyo.mcc.line.inbox.ProcessingThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Sends one stored batch: by reply while its token is fresh, otherwise by push with the batch's own
 * {@code X-Line-Retry-Key}. 5xx, 429 and timeouts are retried with backoff (a push retry reuses the key, so LINE
 * never delivers twice; LINE's 409 for a key it has already accepted counts as delivered); a rejected reply token
 * falls back to push at once; any other 4xx marks the batch FAILED for administrators to see.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final TypeReference<List<OutgoingMessage>> MESSAGES = new TypeReference<>() { };

    private final OutboxBatches store;
    private final LineApi api;
    private final LineProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final CommitBarrier durable;
    private final LineRateLimit rateLimit;
    private final LineHealth health;
    private final ExecutorService senders;
    private final ApplicationEventPublisher events;
    private final BlockedChats blockedChats;
    private final ErasedChats erasedChats;
    private final LiveInstances instances;
    private final LineMeters meters;
    /** Chats with a batch that waits for an earlier one to be settled. */
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    OutboxDelivery(OutboxBatches store, LineApi api, LineProperties properties, ObjectMapper json, Optional<Clock> clock,
                   CommitBarrier durable, LineRateLimit rateLimit, LineHealth health, ApplicationEventPublisher events,
                   BlockedChats blockedChats, ErasedChats erasedChats, LiveInstances instances, LineMeters meters) {
        this.store = store;
        this.instances = instances;
        this.meters = meters;
        this.events = events;
        this.rateLimit = rateLimit;
        this.health = health;
        this.durable = durable;
        this.api = api;
        this.properties = properties;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
        this.blockedChats = blockedChats;
        this.erasedChats = erasedChats;
        this.senders = Executors.newFixedThreadPool(Math.max(1, properties.sendThreads()),
                new ProcessingThreads("outbox-sender-", properties.processingNice()));
    }

    /**
     * Sends a chat's new batches on the sender threads, in order. A batch queued behind an unsent batch of its chat
     * is sent by whoever settles that batch (or by the retry job); nothing is lost if the process stops first.
     */
    void deliverSoon(String chatId, List<OutboxBatch> stored) {
        try {
            senders.execute(() -> {
                // an answer LINE may deliver must be on disk first: were it lost in a crash, its event would be
                // answered again (H2 writes its file in the background; commits are grouped)
                if (!onDisk()) {
                    return; // left to the retry job: the stored claims run out, the batches are sent then
                }
                stored.forEach(batch -> deliver(batch.id(), chatId, batch));
            });
        } catch (RejectedExecutionException stopping) {
            // shutting down: the batches stay PENDING and are sent after the restart
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        senders.shutdown();
        if (!senders.awaitTermination(properties.sendTimeout().toMillis() + 2000, TimeUnit.MILLISECONDS)) {
            senders.shutdownNow();
        }
    }

    /** Tries to send the batch now (the retry job's way in); does nothing when it is not due or taken by another sender. */
    void deliver(long batchId) {
        deliver(batchId, null, null);
    }

    /**
     * Sends a chat's due batches in order on a sender thread (the retry job's drain of a backlog), then runs
     * {@code done}. A batch behind one that is not settled cannot be claimed (its chat's order), so its try costs one
     * statement that changes nothing.
     */
    void drainSoon(List<Long> batchIds, Runnable done) {
        try {
            senders.execute(() -> {
                try {
                    batchIds.forEach(this::deliver);
                } finally {
                    done.run();
                }
            });
        } catch (RejectedExecutionException stopping) {
            done.run();
        }
    }

    /**
     * Sends the batch, then any batch of its chat that waited for it. A batch that cannot be claimed because an
     * earlier one of its chat is still unsent marks its chat as waiting and tries once more, so the sender of the
     * earlier batch either sees the mark or has already finished (then the second try succeeds).
     */
    private void deliver(long batchId, String knownChat, OutboxBatch stored) {
        Long next = batchId;
        boolean chaining = false;
        while (next != null) {
            Attempt attempt = deliverOne(next, stored);
            if (attempt == null && knownChat != null) {
                waiting.add(knownChat);
                attempt = deliverOne(next, stored);
            }
            if (attempt != null && attempt.settled() && attempt.staff()) {
                settled(next);
            }
            next = null;
            stored = null;
            if (attempt != null && attempt.settled()) {
                erasedChats.settled(attempt.chatId());
            }
            // once a sender has taken over a chat's queue it keeps going until the queue is empty: one mark may stand
            // for several waiting batches (without this the third of three waited for the retry job)
            // (non-short-circuit |: a chaining sender also clears the mark it has served)
            // several processes (PostgreSQL): the chat's next batch may wait in another process, which cannot mark it
            // here, so a settled batch always looks for its chat's next one
            if (attempt != null && attempt.settled()
                    && (waiting.remove(attempt.chatId()) | chaining | instances.shared())) {
                next = store.nextDue(attempt.chatId(), clock.instant()).orElse(null);
                knownChat = attempt.chatId();
                chaining = true;
            }
        }
    }

    /** A claimed batch: settled (sent, or failed for good) or left for a later attempt; whether staff wrote it. */
    private record Attempt(String chatId, boolean settled, boolean staff) {
    }

    /** Tells the staff's side that a batch of theirs is settled; what they do with it never touches the sending. */
    private void settled(long batchId) {
        try {
            events.publishEvent(new DeliverySettled(batchId));
        } catch (RuntimeException e) {
            log.warn("batch {}: telling its writer it is settled failed: {}", batchId, e.getClass().getSimpleName());
        }
    }

    /** Whether what this thread committed is on disk now ({@link CommitBarrier}); false when the write failed. */
    private boolean onDisk() {
        try {
            durable.awaitDurable();
            return true;
        } catch (DataAccessException notWritten) {
            return false;
        }
    }

    /** How long a claim keeps other senders and the retry job off a batch: its send cannot take that long. */
    Duration claimDuration() {
        return properties.sendTimeout().multipliedBy(3);
    }

    /**
     * Sends one batch; null when it could not be claimed (not due, taken, or queued behind another of its chat).
     * {@code stored}: the batch as this process stored it, when known (then the claim need not read it back; a batch
     * stored already claimed is sent without claiming it again, provided the send ends well within that claim).
     */
    private Attempt deliverOne(long batchId, OutboxBatch stored) {
        Instant now = clock.instant();
        Instant claimUntil = now.plus(claimDuration());
        boolean known = stored != null && stored.id() == batchId;
        Optional<OutboxBatch> claimed;
        if (!known) {
            claimed = store.claim(batchId, now, claimUntil);
        } else if (stored.status() == OutboxBatch.Status.SENDING) {
            // stored claimed: ours while the claim lasts. Waited too long on a busy sender queue, and the retry job may
            // take it over before this send ends: leave it to the database claim (the retry job's, once it runs out)
            boolean ours = stored.claimedUntil() != null
                    && now.plus(properties.sendTimeout()).plusSeconds(1).isBefore(stored.claimedUntil());
            claimed = ours ? Optional.of(stored) : store.claim(batchId, now, claimUntil);
        } else {
            claimed = store.claimNew(stored, now, claimUntil);
        }
        if (claimed.isEmpty()) {
            return null;
        }
        OutboxBatch batch = claimed.get();
        boolean staff = "STAFF".equals(batch.origin());
        Attempt settled = new Attempt(batch.chatId(), true, staff);
        Attempt later = new Attempt(batch.chatId(), false, staff);
        // a claim made here counts an attempt; before a reply goes out that count must be on disk: lost in a crash,
        // LINE's refusal of the then used token would look like a fresh token's, and the answer would be pushed again
        // (a batch stored already claimed is on disk with its row; a push carries its retry key instead). Not
        // written: the claim runs out and the retry job sends the batch then
        if (batch != stored && batch.hasFreshReplyToken(now) && !onDisk()) {
            return later;
        }
        List<OutgoingMessage> messages;
        try {
            messages = json.readValue(batch.messagesJson(), MESSAGES);
        } catch (IOException e) {
            store.markFailed(batch.id(), null, "stored messages cannot be read");
            return settled;
        }
        if (batch.hasFreshReplyToken(now)) {
            Outcome replied = call(() -> api.clientFor(batch.chatId()).replyMessage(
                    new ReplyMessageRequest(batch.replyToken(), SdkMessages.of(messages), false)));
            meters.replied(replied);
            if (replied.ok()) {
                store.markSent(batch.id(), "REPLY", replied.status(), clock.instant());
                meters.delivered(true);
                return settled;
            }
            if (replied.retryable()) {
                // The reply may or may not have reached LINE. A reply cannot carry a retry key: the next try replies
                // again with the same token while it is fresh (LINE refuses a used token, which then tells that this
                // reply got through), and pushes with the batch's retry key only once the token is stale
                return retry(batch, replied, false) ? settled : later;
            }
            if (replied.invalidReplyToken() && (batch.mayHaveBeenSentBefore()
                    || instances.shared() && store.attempts(batch.id()) > batch.attempts())) {
                // an earlier attempt (before a crash, or one that timed out) may have used this token, and LINE
                // refuses a fresh token only once it is used: that reply got through, pushing would answer twice. So
                // did another process's, which took this batch over while this one could not be seen alive (its
                // live lock lost for a moment: PostgreSQL restarted)
                log.info("batch {}: LINE refused its fresh reply token as used by an earlier attempt; counted as "
                        + "delivered", batch.id());
                store.markDeliveredEarlier(batch.id(), replied.status(), clock.instant());
                meters.delivered(true);
                return settled;
            }
            log.info("reply token refused (HTTP {}); pushing instead (batch {})", replied.status(), batch.id());
        }
        Outcome pushed = call(() -> api.clientFor(batch.chatId()).pushMessage(batch.retryKey(),
                new PushMessageRequest(batch.chatId(), SdkMessages.of(messages), false, null)));
        meters.pushed(pushed);
        if (pushed.ok() || pushed.status() != null && pushed.status() == 409) {
            store.markSent(batch.id(), "PUSH", pushed.status(), clock.instant());
            meters.delivered(false);
            return settled;
        }
        if (pushed.retryable()) {
            return retry(batch, pushed, true) ? settled : later;
        }
        log.warn("LINE refused batch {} (HTTP {}): {}", batch.id(), pushed.status(), pushed.error());
        store.markFailed(batch.id(), pushed.status(), pushed.error());
        return settled;
    }

    /** Schedules another attempt; true when the batch failed for good instead. */
    private boolean retry(OutboxBatch batch, Outcome outcome, boolean dropReplyToken) {
        if (blockedChats.isBlocked(batch.chatId())) {
            // the family blocked the account: LINE will not take it later either
            store.markFailed(batch.id(), outcome.status(), BlockedChats.BLOCKED);
            return true;
        }
        if (batch.attempts() >= properties.maxSendAttempts()) {
            log.warn("batch {} failed after {} attempts (HTTP {}, {})", batch.id(), batch.attempts(), outcome.status(), outcome.error());
            store.markFailed(batch.id(), outcome.status(), outcome.error());
            return true;
        }
        Duration delay = backoff(batch.attempts());
        log.info("LINE unavailable for batch {} (HTTP {}); retry {} in {} ms", batch.id(), outcome.status(),
                batch.attempts() + 1, delay.toMillis());
        store.retryLater(batch.id(), clock.instant().plus(delay), outcome.status(), outcome.error(), dropReplyToken);
        return false;
    }

    /**
     * The wait before the next attempt: doubled with each attempt up to {@code max-retry-backoff}, give or take a fifth
     * (so that a backlog does not come back all at once). When LINE is back after an outage the retry job brings every
     * waiting batch forward anyway.
     */
    Duration backoff(int attemptsSoFar) {
        long factor = 1L << Math.min(20, Math.max(0, attemptsSoFar - 1));
        Duration delay = properties.retryBackoff().multipliedBy(factor);
        if (delay.compareTo(properties.maxRetryBackoff()) > 0) {
            delay = properties.maxRetryBackoff();
        }
        double jitter = 0.8 + 0.4 * java.util.concurrent.ThreadLocalRandom.current().nextDouble();
        return Duration.ofNanos((long) (delay.toNanos() * jitter));
    }

    /**
     * One call's outcome: HTTP status (null when no answer came), whether to retry, whether LINE refused the call's
     * reply token (LINE's "Invalid reply token": used already, or expired).
     */
    /** One reply outside the outbox (not stored, never retried nor pushed): a notice with a token about to expire. */
    boolean replyOnce(String chatId, String replyToken, List<OutgoingMessage> messages) {
        Outcome replied = call(() -> api.clientFor(chatId).replyMessage(
                new ReplyMessageRequest(replyToken, SdkMessages.of(messages), false)));
        meters.replied(replied);
        return replied.ok();
    }

    record Outcome(boolean ok, Integer status, boolean retryable, String error, boolean invalidReplyToken) {

        Outcome(boolean ok, Integer status, boolean retryable, String error) {
            this(ok, status, retryable, error, false);
        }
    }

    interface ApiCall {
        java.util.concurrent.CompletableFuture<?> start();
    }

    /** One call to LINE within its rate limit; what LINE answered tells {@link LineHealth} whether it is up. */
    private Outcome call(ApiCall call) {
        rateLimit.acquire();
        Outcome outcome = callOnce(call);
        if (outcome.retryable()) {
            health.unavailable();
        } else {
            health.answered();
        }
        return outcome;
    }

    private Outcome callOnce(ApiCall call) {
        try {
            call.start().get(properties.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            return new Outcome(true, 200, false, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AbstractLineClientException lineError) {
                int code = lineError.getCode();
                boolean retryable = code >= 500 || code == 429;
                // LINE's error message is matched, never stored or logged (other refusals can name the user)
                boolean invalidToken = code == 400 && cause instanceof MessagingApiClientException refusal
                        && refusal.getError() != null && refusal.getError().toLowerCase(Locale.ROOT).contains("reply token");
                return new Outcome(false, code, retryable, LineRefusals.describe(code,
                        cause instanceof MessagingApiClientException answer ? answer.getError() : null), invalidToken);
            }
            return new Outcome(false, null, true, cause == null ? "error" : cause.getClass().getSimpleName());
        } catch (TimeoutException e) {
            return new Outcome(false, null, true, "timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, true, "interrupted");
        } catch (RuntimeException e) {
            return new Outcome(false, null, true, e.getClass().getSimpleName());
        }
    }
}
