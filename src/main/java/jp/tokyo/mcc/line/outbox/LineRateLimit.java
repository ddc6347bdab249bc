package jp.tokyo.mcc.line.outbox;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

import jp.tokyo.mcc.line.LineProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * LINE's rate limit for sending messages (2,000 requests per second per channel for reply and push): every send
 * takes a slot, {@code 1 / max-requests-per-second} apart, with a burst of a tenth of a second allowed. A sender that
 * is early waits for its slot, so that a backlog drained after an outage never runs into 429s.
 */
@Component
class LineRateLimit {

    private final long intervalNanos;
    private final long burstNanos;
    private final LongSupplier nanoTime;
    /** When the next slot is free, were no burst allowed ("theoretical arrival time"). */
    private long next;

    @Autowired
    LineRateLimit(LineProperties properties) {
        this(properties.maxRequestsPerSecond(), System::nanoTime);
    }

    LineRateLimit(int perSecond, LongSupplier nanoTime) {
        this.intervalNanos = 1_000_000_000L / Math.max(1, perSecond);
        this.burstNanos = 100_000_000L;
        this.nanoTime = nanoTime;
        this.next = nanoTime.getAsLong();
    }

    /** Takes a slot; returns how long the caller must wait for it (nanoseconds, 0 when it may send at once). */
    synchronized long reserve() {
        long now = nanoTime.getAsLong();
        if (next < now) {
            next = now; // an idle spell gives no credit beyond the burst
        }
        long wait = next - now - burstNanos;
        next += intervalNanos;
        return Math.max(0, wait);
    }

    /** Takes a slot and waits for it. */
    void acquire() {
        long wait = reserve();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
