package jp.tokyo.mcc.line.inbox;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the dispatcher must look for stored events that no lane holds: the smallest inbox id stored while every lane
 * was taken ({@code app.line.max-waiting-chats}). Those events wait in the table only; as lanes end, one refill at a
 * time reads them from there, oldest first, and gives their chats lanes. Memory stays the same however far processing
 * falls behind.
 */
final class LanelessEvents {

    static final long NONE = Long.MAX_VALUE;

    private final AtomicLong from = new AtomicLong(NONE);
    private final AtomicBoolean refilling = new AtomicBoolean();

    /** An event with this id (or a later one) waits without a lane. */
    void note(long id) {
        from.accumulateAndGet(id, Math::min);
    }

    boolean any() {
        return from.get() != NONE;
    }

    /** The smallest id noted, now the caller's to look from ({@link #NONE}: nothing); note again what is left. */
    long take() {
        return from.getAndSet(NONE);
    }

    /** True when the caller may refill (nobody else is); it must call {@link #endRefill()} afterwards. */
    boolean startRefill() {
        return refilling.compareAndSet(false, true);
    }

    void endRefill() {
        refilling.set(false);
    }
}
