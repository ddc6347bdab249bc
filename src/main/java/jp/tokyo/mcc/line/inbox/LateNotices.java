package jp.tokyo.mcc.line.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.line.outbox.OutboxService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When processing is far behind (a burst: a disaster morning), a family's message can wait longer than its reply
 * token lives; its answer then goes by push, and meanwhile the family sees nothing. So while an event has waited
 * longer than {@code app.line.late-after} (20 s) and its token is still fresh, the family is told by reply, in a
 * short notice of the bundle ({@code line.late-notice}: the answer is coming; life-threatening: call 119), once in ten
 * minutes. The token is taken in the database first ({@link InboxEntries#claimLateNotice}), so the answer, handled
 * later, never tries it again ({@link InboxEntries#finishHandled}): it goes by push. A notice is not stored: when LINE
 * does not take it, nothing is retried (the answer follows anyway).
 *
 * <p>Runs every second on a thread of its own at normal priority (the handling threads run at a lower one), so it
 * keeps working when processing cannot; several processes may run it together (the claim is one row's update).
 * Metrics: {@code mcc_late_notices_total{outcome}}; the late events themselves in {@code mcc_events_late_total}.
 */
@Component
class LateNotices {

    private static final Logger log = LoggerFactory.getLogger(LateNotices.class);
    /** A family told of a delay is not told again within this time. */
    static final Duration QUIET = Duration.ofMinutes(10);
    /** A token this close to its end is left alone: the notice would arrive with a stale token. */
    private static final Duration MARGIN = Duration.ofSeconds(5);
    private static final int PER_SWEEP = 200;
    /** Events read at a time, and batches at most per look (a look that falls behind catches up by reading more). */
    private static final int BATCH = 2000;
    private static final int MAX_BATCHES = 5;

    private final InboxEntries inbox;
    private final RecentEvents events;
    private final OutboxService outbox;
    private final MessageSource texts;
    private final LineProperties properties;
    private final Clock clock;
    private final Counter sent;
    private final Counter refused;
    /** The last inbox id looked at (-1: not yet); only the timer's thread (or a test) sweeps. */
    private long lookedUpTo = -1;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "late-notices");
        t.setDaemon(true);
        return t;
    });

    LateNotices(InboxEntries inbox, RecentEvents events, OutboxService outbox, MessageSource texts,
                LineProperties properties, MeterRegistry registry, Optional<Clock> clock) {
        this.inbox = inbox;
        this.events = events;
        this.outbox = outbox;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
        this.sent = notices(registry, "sent");
        this.refused = notices(registry, "refused");
    }

    private static Counter notices(MeterRegistry registry, String outcome) {
        return Counter.builder("mcc.late.notices")
                .description("Families told by reply that their answer is late (processing far behind)")
                .tag("outcome", outcome).register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (properties.lateNotices()) {
            timer.scheduleWithFixedDelay(this::sweepSafely, 1, 1, TimeUnit.SECONDS);
        }
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("late notices: {}", ExceptionSummary.of(e));
        }
    }

    /**
     * Tells the families whose events became late since the last look; returns how many were told. The inbox is read
     * in the order stored from the first event that had not waited long enough at the last look ({@link RecentEvents}),
     * {@value #BATCH} events at a time: each event is looked at about once, when it has waited
     * {@code app.line.late-after}, however many wait; of a family's events the newest one's token serves, and the
     * newest late families are told first, {@value #PER_SWEEP} at most.
     */
    int sweep() {
        Instant now = clock.instant();
        Instant waitedEnough = now.minus(properties.lateAfter());
        Instant tokenFresh = now.minus(properties.replyTokenTtl()).plus(MARGIN);
        if (!tokenFresh.isBefore(waitedEnough)) {
            return 0;
        }
        if (lookedUpTo < 0) {
            lookedUpTo = events.startAfter(tokenFresh);
        }
        Map<String, RecentEvents.Stored> newestPerChat = new HashMap<>();
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<RecentEvents.Stored> rows = events.after(lookedUpTo, BATCH);
            boolean allWaited = true;
            for (RecentEvents.Stored row : rows) {
                boolean waited = row.receivedAt().isBefore(waitedEnough);
                if (waited && row.mayBeTold() && row.receivedAt().isAfter(tokenFresh)) {
                    newestPerChat.merge(row.chatId(), row, (a, b) -> b.receivedAt().isAfter(a.receivedAt()) ? b : a);
                }
                // the next look starts at the first event that has not waited yet (later ones may be looked at again:
                // a notice is claimed once, and a family is told once in ten minutes)
                allWaited &= waited;
                if (allWaited) {
                    lookedUpTo = row.id();
                }
            }
            if (!allWaited || rows.size() < BATCH) {
                break;
            }
        }
        if (newestPerChat.isEmpty()) {
            return 0;
        }
        List<RecentEvents.Stored> late = new ArrayList<>(newestPerChat.values());
        late.sort(Comparator.comparing(RecentEvents.Stored::receivedAt).reversed());
        List<OutgoingMessage> notice = List.of(new OutgoingMessage.Text(
                texts.getMessage("line.late-notice", null, Locale.JAPAN)));
        int told = 0;
        for (RecentEvents.Stored event : late) {
            if (told == PER_SWEEP) {
                break;
            }
            if (events.toldSince(event.userId(), now.minus(QUIET)) || !inbox.claimLateNotice(event.id(), now)) {
                continue;
            }
            if (outbox.replyNow(event.chatId(), event.replyToken(), notice)) {
                sent.increment();
                told++;
            } else {
                refused.increment();
            }
        }
        if (told > 0) {
            // counts only
            log.info("processing is behind: {} families told that their answer is coming", told);
        }
        return told;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
