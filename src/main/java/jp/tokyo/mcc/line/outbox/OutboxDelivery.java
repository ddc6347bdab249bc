package jp.tokyo.mcc.line.outbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final OutboxStore store;
    private final LineApi api;
    private final LineProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    OutboxDelivery(OutboxStore store, LineApi api, LineProperties properties, ObjectMapper json, Optional<Clock> clock) {
        this.store = store;
        this.api = api;
        this.properties = properties;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Tries to send the batch now; does nothing when it is not due, taken by another sender, or queued behind another. */
    void deliver(long batchId) {
        Instant now = clock.instant();
        Optional<OutboxBatch> claimed = store.claim(batchId, now, now.plus(properties.sendTimeout().multipliedBy(3)));
        if (claimed.isEmpty()) {
            return;
        }
        OutboxBatch batch = claimed.get();
        List<OutgoingMessage> messages;
        try {
            messages = json.readValue(batch.messagesJson(), MESSAGES);
        } catch (IOException e) {
            store.markFailed(batch.id(), null, "stored messages cannot be read");
            return;
        }
        if (batch.hasFreshReplyToken(now)) {
            Outcome replied = call(() -> api.client().replyMessage(
                    new ReplyMessageRequest(batch.replyToken(), SdkMessages.of(messages), false)));
            if (replied.ok()) {
                store.markSent(batch.id(), "REPLY", replied.status(), clock.instant());
                return;
            }
            if (replied.retryable()) {
                // The reply may or may not have reached LINE. A reply cannot carry a retry key, so the next try
                // is a push with one; a duplicate is possible only if LINE took the reply and then failed to answer.
                retry(batch, replied, true);
                return;
            }
            log.info("reply token refused (HTTP {}); pushing instead (batch {})", replied.status(), batch.id());
        }
        Outcome pushed = call(() -> api.client().pushMessage(batch.retryKey(),
                new PushMessageRequest(batch.chatId(), SdkMessages.of(messages), false, null)));
        if (pushed.ok() || pushed.status() != null && pushed.status() == 409) {
            store.markSent(batch.id(), "PUSH", pushed.status(), clock.instant());
        } else if (pushed.retryable()) {
            retry(batch, pushed, true);
        } else {
            log.warn("LINE refused batch {} (HTTP {}): {}", batch.id(), pushed.status(), pushed.error());
            store.markFailed(batch.id(), pushed.status(), pushed.error());
        }
    }

    private void retry(OutboxBatch batch, Outcome outcome, boolean dropReplyToken) {
        if (batch.attempts() >= properties.maxSendAttempts()) {
            log.warn("batch {} failed after {} attempts (HTTP {}, {})", batch.id(), batch.attempts(), outcome.status(), outcome.error());
            store.markFailed(batch.id(), outcome.status(), outcome.error());
            return;
        }
        Duration delay = backoff(batch.attempts());
        log.info("LINE unavailable for batch {} (HTTP {}); retry {} in {} ms", batch.id(), outcome.status(),
                batch.attempts() + 1, delay.toMillis());
        store.retryLater(batch.id(), clock.instant().plus(delay), outcome.status(), outcome.error(), dropReplyToken);
    }

    Duration backoff(int attemptsSoFar) {
        long factor = 1L << Math.min(20, Math.max(0, attemptsSoFar - 1));
        Duration delay = properties.retryBackoff().multipliedBy(factor);
        return delay.compareTo(properties.maxRetryBackoff()) > 0 ? properties.maxRetryBackoff() : delay;
    }

    /** One call's outcome: HTTP status (null when no answer came), whether to retry. */
    record Outcome(boolean ok, Integer status, boolean retryable, String error) {
    }

    interface ApiCall {
        java.util.concurrent.CompletableFuture<?> start();
    }

    private Outcome call(ApiCall call) {
        try {
            call.start().get(properties.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            return new Outcome(true, 200, false, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AbstractLineClientException lineError) {
                int code = lineError.getCode();
                boolean retryable = code >= 500 || code == 429;
                return new Outcome(false, code, retryable, "HTTP " + code);
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
