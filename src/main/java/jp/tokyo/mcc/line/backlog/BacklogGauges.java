package jp.tokyo.mcc.line.backlog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The intake's backlog as gauges (docs/runbook.md): events stored and not yet handled ({@code mcc_inbox_pending}, and
 * the age of the oldest, {@code mcc_inbox_oldest_age_seconds}), answer batches not yet delivered
 * ({@code mcc_outbox_pending}, {@code mcc_outbox_oldest_age_seconds}), and those set aside for good
 * ({@code mcc_inbox_failed}, {@code mcc_outbox_failed}). The figures are the database's, so every process reports the
 * whole channel's backlog: a few cheap queries on their status indexes, made by a refresher of its own every
 * {@code app.metrics.backlog-refresh} (10 s), never per scrape nor per event. The oldest's age is computed when read.
 * When the database does not answer, the gauges read NaN until it does.
 */
@Component
class BacklogGauges {

    private static final Logger log = LoggerFactory.getLogger(BacklogGauges.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "backlog-gauges");
        t.setDaemon(true);
        return t;
    });
    private volatile Figures figures = Figures.UNKNOWN;
    private final Duration every;
    private volatile boolean failing;

    /** One reading of the tables; {@code oldest...} null when nothing waits. */
    record Figures(double inboxPending, Instant oldestEvent, double outboxPending, Instant oldestBatch,
                   double inboxFailed, double outboxFailed) {
        static final Figures UNKNOWN = new Figures(Double.NaN, null, Double.NaN, null, Double.NaN, Double.NaN);
    }

    BacklogGauges(JdbcClient jdbc, MeterRegistry registry, Optional<Clock> clock,
                  @Value("${app.metrics.backlog-refresh:10s}") Duration every) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
        gauge(registry, "mcc.inbox.pending", "Webhook events stored and not yet handled", null, () -> figures.inboxPending());
        gauge(registry, "mcc.inbox.oldest.age", "Age of the oldest event not yet handled (0: none)", "seconds",
                () -> age(figures.oldestEvent()));
        gauge(registry, "mcc.inbox.failed", "Events set aside after failing (administrators' attention)", null,
                () -> figures.inboxFailed());
        gauge(registry, "mcc.outbox.pending", "Answer batches not yet delivered to LINE", null, () -> figures.outboxPending());
        gauge(registry, "mcc.outbox.oldest.age", "Age of the oldest batch not yet delivered (0: none)", "seconds",
                () -> age(figures.oldestBatch()));
        gauge(registry, "mcc.outbox.failed", "Answer batches LINE refused for good", null, () -> figures.outboxFailed());
        this.every = every;
    }

    /** Starts refreshing once the application is up (its tables migrated). */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        refresher.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the tables now (the refresher's job; tests call it to avoid waiting). */
    void refresh() {
        try {
            Figures read = read();
            figures = read;
            if (failing) {
                failing = false;
                log.info("backlog gauges: the database answers again");
            }
        } catch (DataAccessException | IllegalStateException e) {
            figures = Figures.UNKNOWN;
            if (!failing) {
                failing = true;
                log.warn("backlog gauges: the database does not answer ({})", e.getClass().getSimpleName());
            }
        }
    }

    Figures current() {
        return figures;
    }

    private Figures read() {
        Object[] inbox = jdbc.sql("SELECT COUNT(*), MIN(received_at) FROM line_inbox_event WHERE status = 'PENDING'")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2)}).single();
        Object[] outbox = jdbc.sql("SELECT COUNT(*), MIN(created_at) FROM line_outbox_batch "
                        + "WHERE status IN ('PENDING', 'SENDING')")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2)}).single();
        long inboxFailed = jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE status = 'FAILED'")
                .query(Long.class).single();
        long outboxFailed = jdbc.sql("SELECT COUNT(*) FROM line_outbox_batch WHERE status = 'FAILED'")
                .query(Long.class).single();
        return new Figures((Long) inbox[0], instant(inbox[1]), (Long) outbox[0], instant(outbox[1]), inboxFailed,
                outboxFailed);
    }

    private double age(Instant oldest) {
        if (figures == Figures.UNKNOWN) {
            return Double.NaN;
        }
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private static Instant instant(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant();
    }

    private static void gauge(MeterRegistry registry, String name, String description, String unit,
                              java.util.function.Supplier<Number> value) {
        Gauge.builder(name, value).description(description).baseUnit(unit).strongReference(true).register(registry);
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }
}
