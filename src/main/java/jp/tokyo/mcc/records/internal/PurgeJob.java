package jp.tokyo.mcc.records.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.records.FamilyRecords;
import jp.tokyo.mcc.records.PurgeRun;
import jp.tokyo.mcc.records.Purges;
import jp.tokyo.mcc.records.RecordCounts;
import jp.tokyo.mcc.records.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily purge: every module lets go of what its retention period has passed, each in its own transaction (one
 * module's failure does not undo the others', and is retried the next day); the run is recorded with its counts.
 * Runs at {@code app.retention.purge-cron}, and after a start when the last run is more than a day old (a bot
 * restarted every night before the purge's hour still purges).
 */
@Component
class PurgeJob implements Purges {

    private static final Logger log = LoggerFactory.getLogger(PurgeJob.class);
    static final Duration DAY = Duration.ofDays(1);

    private final ObjectProvider<FamilyRecords> modules;
    private final Retention retention;
    private final PurgeRunRows runs;
    private final CompactionFlag compaction;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean purgeAfterStart;

    PurgeJob(ObjectProvider<FamilyRecords> modules, Retention retention, PurgeRunRows runs, CompactionFlag compaction,
             TransactionTemplate tx, Optional<Clock> clock,
             @Value("${app.retention.purge-after-start:true}") boolean purgeAfterStart) {
        this.modules = modules;
        this.retention = retention;
        this.runs = runs;
        this.compaction = compaction;
        this.tx = tx;
        this.clock = clock.orElse(Clock.systemUTC());
        this.purgeAfterStart = purgeAfterStart;
    }

    @Scheduled(cron = "${app.retention.purge-cron:0 30 3 * * *}", zone = "${app.calendar.zone:Asia/Tokyo}")
    void daily() {
        runNow();
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (purgeAfterStart && isDue(runs.lastStart(), clock.instant())) {
            Thread worker = new Thread(this::runNow, "records-purge");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** A purge is due after a start when none ran yet or the last one started more than a day ago. */
    static boolean isDue(Optional<Instant> lastStart, Instant now) {
        return lastStart.isEmpty() || lastStart.get().plus(DAY).isBefore(now);
    }

    @Override
    public synchronized PurgeRun runNow() {
        Instant started = clock.instant();
        RecordCounts counts = RecordCounts.none();
        List<String> problems = new ArrayList<>();
        for (FamilyRecords module : modules.orderedStream().toList()) {
            try {
                RecordCounts purged = tx.execute(s -> module.purge(retention, started));
                counts.addAll(module.name(), purged == null ? RecordCounts.none() : purged);
            } catch (RuntimeException e) {
                problems.add(module.name() + ": " + e.getClass().getSimpleName());
                log.error("purge of {} failed; it is tried again at the next run", module.name(), e);
            }
        }
        if (counts.total() > 0) {
            compaction.markDue(started);
        }
        PurgeRun run = runs.insert(started, clock.instant(), counts.toString(), counts.total(),
                problems.isEmpty() ? null : String.join("; ", problems));
        log.info("retention purge: {} (closed inquiries kept {} days, conversations {} days)", counts,
                retention.closedInquiryDays(), retention.conversationDays());
        return run;
    }

    @Override
    public List<PurgeRun> recent(int limit) {
        return runs.recent(limit);
    }
}
