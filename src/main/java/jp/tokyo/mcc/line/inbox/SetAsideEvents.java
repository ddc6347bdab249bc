package jp.tokyo.mcc.line.inbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events set aside one by one (a signed webhook event that cannot be read or stored as it is, an event whose handling
 * keeps failing): counted in the metric {@code mcc.line.events.set.aside} (by stage: {@code webhook}, {@code handling})
 * and summed up in one WARN line at most once a minute, never an ERROR per event. What is logged names where (the
 * event's index in its webhook body, or its inbox row) and the field or the exception class, never a value: values of
 * a malformed event are whatever the sender put there, a family's words included.
 */
@Component
public class SetAsideEvents {

    private static final Logger log = LoggerFactory.getLogger(SetAsideEvents.class);
    private static final long QUIET_NANOS = Duration.ofMinutes(1).toNanos();

    private final Counter atWebhook;
    private final Counter atHandling;
    private final AtomicLong unreported = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicReference<String> latest = new AtomicReference<>();
    private final AtomicLong lastWarn = new AtomicLong(System.nanoTime() - QUIET_NANOS);

    SetAsideEvents(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        this.atWebhook = meters == null ? null : counter(meters, "webhook");
        this.atHandling = meters == null ? null : counter(meters, "handling");
    }

    private static Counter counter(MeterRegistry meters, String stage) {
        return Counter.builder("mcc.line.events.set.aside").tag("stage", stage)
                .description("webhook events set aside: unreadable or unstorable, or their handling kept failing")
                .register(meters);
    }

    /** An event of a webhook body set aside: {@code index} in the body's events, {@code problem} names the field. */
    public void atWebhook(int index, String problem) {
        increment(atWebhook);
        note("webhook event " + index + ": " + problem);
    }

    /** A stored event set aside while it was handled ({@code problem}: a field, or an exception class and place). */
    public void atHandling(long inboxId, String problem) {
        increment(atHandling);
        note("inbox event " + inboxId + ": " + problem);
    }

    /** Events set aside since the start. */
    public long total() {
        return total.get();
    }

    private static void increment(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    private void note(String what) {
        total.incrementAndGet();
        unreported.incrementAndGet();
        latest.set(what);
        report(false);
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void reportPending() {
        report(true);
    }

    private void report(boolean scheduled) {
        long now = System.nanoTime();
        long last = lastWarn.get();
        if ((!scheduled && now - last < QUIET_NANOS) || unreported.get() == 0 || !lastWarn.compareAndSet(last, now)) {
            return;
        }
        long n = unreported.getAndSet(0);
        log.warn("{} webhook event(s) set aside (latest: {}); {} since the start", n, latest.get(), total.get());
    }
}
