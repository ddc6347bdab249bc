package jp.tokyo.mcc.line.outbox;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Whether LINE answers, as the last sends tell: down after a 5xx, a 429 or no answer at all; up again after any
 * success. While LINE is down the retry job only probes (one batch per poll) instead of retrying the whole backlog;
 * once it is up again the backlog is due at once, whatever its back-off said ({@link OutboxRetryJob}).
 */
@Component
class LineHealth {

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean recovered = new AtomicBoolean();

    void unavailable() {
        down.set(true);
    }

    void answered() {
        if (down.compareAndSet(true, false)) {
            recovered.set(true);
        }
    }

    boolean isDown() {
        return down.get();
    }

    /** True once after LINE came back (then the retry job brings the backlog forward). */
    boolean takeRecovery() {
        return recovered.getAndSet(false);
    }
}
