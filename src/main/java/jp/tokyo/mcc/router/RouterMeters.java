package jp.tokyo.mcc.router;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.safety.SafetyTier;

/**
 * What the router tells operations (docs/runbook.md), made once and cheap to record (an increment, a timer's few
 * atomic updates):
 * <ul>
 * <li>{@code mcc_event_handling_seconds}: how long the router takes for an event (safety net, inquiry or conversation,
 *     the answer stored in the outbox);</li>
 * <li>{@code mcc_event_latency_seconds}: from LINE's timestamp of the event to its answer stored (the wait in the
 *     inbox included; redeliveries left out, their timestamp is old by design);</li>
 * <li>{@code mcc_safety_tiers_total{tier}}: the safety net's tiers triggered, one count per tier a message triggered
 *     (never the words).</li>
 * </ul>
 * {@link #NONE} records nothing (the administrators' trial desk).
 */
final class RouterMeters {

    static final RouterMeters NONE = new RouterMeters(null);

    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final Timer handling;
    private final Timer latency;
    private final Map<SafetyTier, Counter> tiers = new EnumMap<>(SafetyTier.class);

    RouterMeters(MeterRegistry registry) {
        if (registry == null) {
            handling = null;
            latency = null;
            return;
        }
        handling = Timer.builder("mcc.event.handling").description("Time the router takes for one event")
                .serviceLevelObjectives(BUCKETS).register(registry);
        latency = Timer.builder("mcc.event.latency")
                .description("From LINE's timestamp of an event to its answer stored (redeliveries left out)")
                .serviceLevelObjectives(BUCKETS).register(registry);
        for (SafetyTier tier : SafetyTier.values()) {
            tiers.put(tier, Counter.builder("mcc.safety.tiers").description("Safety tiers the safety net triggered")
                    .tag("tier", tier.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
        }
    }

    void assessed(SafetyAssessment assessment) {
        if (handling != null) {
            assessment.tiers().forEach(t -> tiers.get(t).increment());
        }
    }

    void routed(IncomingEvent event, long startedNanos) {
        if (handling == null) {
            return;
        }
        handling.record(System.nanoTime() - startedNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        if (!event.redelivery() && event.timestamp() != null) {
            Duration waited = Duration.between(event.timestamp(), Instant.now());
            if (!waited.isNegative()) {
                latency.record(waited);
            }
        }
    }
}
