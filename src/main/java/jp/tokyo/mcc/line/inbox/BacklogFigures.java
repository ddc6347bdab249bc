package jp.tokyo.mcc.line.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.tokyo.mcc.line.LineBacklog;
import jp.tokyo.mcc.line.LineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link LineBacklog} from the inbox and outbox tables (two indexed reads, at most once a second). */
@Component
class BacklogFigures implements LineBacklog {

    private static final Logger log = LoggerFactory.getLogger(BacklogFigures.class);
    private static final long MAX_AGE_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lateAfter;
    private final AtomicLong lateEvents = new AtomicLong();
    private final Counter lateCounter;
    private volatile Figures last;
    private volatile long readAt;
    private volatile long loggedAt = System.nanoTime() - LOG_EVERY_NANOS;

    BacklogFigures(JdbcClient jdbc, LineProperties properties, Optional<Clock> clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.lateCounter = Counter.builder("mcc.events.late")
                .description("Events handled after waiting longer than app.line.late-after in the inbox").register(registry);
        this.lateAfter = properties.lateAfter();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The dispatcher handles an event that waited {@code waited} since the webhook stored it. */
    void handled(Duration waited) {
        if (waited.compareTo(lateAfter) > 0) {
            lateEvents.incrementAndGet();
            lateCounter.increment();
            long now = System.nanoTime();
            long logged = loggedAt;
            if (now - logged > LOG_EVERY_NANOS) {
                loggedAt = now;
                // counts and times only (at most once a minute)
                log.info("processing is behind: an event waited {} s before it was handled ({} late events since "
                        + "the start; answers go by push once a reply token is stale)", waited.toSeconds(), lateEvents.get());
            }
        }
    }

    @Override
    public Figures figures() {
        long now = System.nanoTime();
        Figures figures = last;
        if (figures != null && now - readAt < MAX_AGE_NANOS) {
            return figures;
        }
        Instant at = clock.instant();
        Counted events = jdbc.sql("SELECT COUNT(*), MIN(received_at) FROM line_inbox_event WHERE status = 'PENDING'")
                .query((rs, n) -> new Counted(rs.getLong(1), rs.getTimestamp(2))).single();
        Counted batches = jdbc.sql("SELECT COUNT(*), MIN(created_at) FROM line_outbox_batch WHERE status IN ('PENDING', 'SENDING')")
                .query((rs, n) -> new Counted(rs.getLong(1), rs.getTimestamp(2))).single();
        Duration oldestEvent = events.age(at);
        figures = new Figures(events.count(), oldestEvent, batches.count(), batches.age(at), lateEvents.get(),
                oldestEvent.compareTo(lateAfter) > 0);
        last = figures;
        readAt = now;
        return figures;
    }

    private record Counted(long count, Timestamp oldest) {

        Duration age(Instant now) {
            if (oldest == null) {
                return Duration.ZERO;
            }
            Duration age = Duration.between(oldest.toInstant(), now);
            return age.isNegative() ? Duration.ZERO : age;
        }
    }
}
