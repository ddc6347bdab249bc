package jp.tokyo.mcc.line.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.PreDestroy;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.outbox.BlockedChats;
import jp.tokyo.mcc.line.outbox.LiveInstances;
import jp.tokyo.mcc.line.outbox.ReplyTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands stored events to their handlers: one at a time per chat, in LINE timestamp order, different chats in
 * parallel. A chat's lane exists while it has work; a new event for a busy lane makes the lane look again. At most
 * {@code app.line.max-waiting-chats} lanes exist: beyond them (processing far behind) events wait in the table only and
 * their chats get lanes as others end, oldest event first ({@link LanelessEvents}).
 *
 * <p>Each family event is published as an {@link IncomingEvent} inside one transaction together with marking it
 * done, so the conversation state, the answer in the outbox and the inbox row change together or not at all.
 */
@Component
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final InboxEntries inbox;
    private final IncomingEventMapper mapper;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;
    private final ReplyTokens replyTokens;
    private final GroupChatNotice groupNotice;
    private final Outbox outbox;
    private final LineProperties properties;
    private final SetAsideEvents setAside;
    private final BlockedChats blockedChats;
    private final LiveInstances instances;
    private final BacklogFigures backlog;
    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();
    private final LanelessEvents laneless = new LanelessEvents();
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    EventDispatcher(InboxEntries inbox, IncomingEventMapper mapper, ApplicationEventPublisher publisher,
                    TransactionTemplate tx, ReplyTokens replyTokens, GroupChatNotice groupNotice, Outbox outbox,
                    LineProperties properties, SetAsideEvents setAside, BlockedChats blockedChats,
                    LiveInstances instances, BacklogFigures backlog) {
        this.setAside = setAside;
        this.backlog = backlog;
        this.instances = instances;
        this.inbox = inbox;
        this.mapper = mapper;
        this.publisher = publisher;
        this.tx = tx;
        this.replyTokens = replyTokens;
        this.groupNotice = groupNotice;
        this.outbox = outbox;
        this.properties = properties;
        this.blockedChats = blockedChats;
        // the lanes run below the webhook's priority (intake first): the backlog waits in the database
        this.workers = Executors.newFixedThreadPool(properties.dispatchThreads(),
                new ProcessingThreads("inbox-lane-", properties.processingNice()));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("inbox-timer-"));
    }

    /**
     * Called after events were stored: wakes the lanes of their chats. A chat without a lane gets one while fewer than
     * {@code app.line.max-waiting-chats} are taken; otherwise its events wait in the table for {@link #refill()}.
     */
    public void wake(List<InboxEntry> stored) {
        Map<String, Long> chats = new LinkedHashMap<>();
        for (InboxEntry entry : stored) {
            if (entry.status() != InboxEntry.Status.PENDING) {
                continue;
            }
            if (entry.chatId() == null) {
                inbox.finish(entry.id(), InboxEntry.Status.IGNORED);
            } else {
                chats.putIfAbsent(entry.chatId(), entry.id());
            }
        }
        boolean[] left = {false};
        chats.forEach((chat, firstId) -> {
            if (!schedule(chat, properties.reorderWindow(), true)) {
                laneless.note(firstId);
                left[0] = true;
            }
        });
        if (left[0] && lanes.size() < properties.maxWaitingChats()) {
            // the lanes ended between the refusal and the note: none of them looked, so this looks
            workers.execute(this::refill);
        }
    }

    /** Makes sure the chat's pending events get handled, with a lane of its own even beyond the bound (tests). */
    public void wake(String chatId) {
        schedule(chatId, Duration.ZERO, false);
    }

    /**
     * Makes sure every pending event from inbox id {@code fromId} on gets handled, oldest first, as lanes are free
     * (after a restart, and the sweeper's catch-up of wake-ups that were lost).
     */
    public void catchUp(long fromId) {
        laneless.note(fromId);
        workers.execute(this::refill);
    }

    /**
     * The sweeper's catch-up of events nobody woke (after a restart, a lost wake-up): nothing while every lane is taken
     * (the backlog is being worked through); while families wait in the table for lanes, the refill, started here
     * should no lane be left to start it (it walks the table anyway); otherwise every pending event from the oldest
     * that {@code oldestPending} finds on.
     */
    public void catchUpLostWakeUps(Supplier<Optional<Long>> oldestPending) {
        if (lanes.size() >= properties.maxWaitingChats()) {
            return;
        }
        if (laneless.any()) {
            workers.execute(this::refill);
            return;
        }
        oldestPending.get().ifPresent(this::catchUp);
    }

    /** True when the sweeper's catch-up would search the table: lanes are free and nobody waits for one (tests). */
    boolean sweepWanted() {
        return lanes.size() < properties.maxWaitingChats() && !laneless.any();
    }

    /** Chats that have a lane now (tests). */
    int lanes() {
        return lanes.size();
    }

    /** Returns false when the chat has no lane and none may start ({@code bounded} and every lane taken). */
    private boolean schedule(String chatId, Duration delay, boolean bounded) {
        boolean[] started = {false};
        Lane lane = lanes.compute(chatId, (key, current) -> {
            if (current != null) {
                current.lookAgain = true;
                return current;
            }
            if (bounded && lanes.size() >= properties.maxWaitingChats()) {
                return null;
            }
            started[0] = true;
            return new Lane(key);
        });
        if (started[0]) {
            Runnable run = () -> workers.execute(() -> drain(lane));
            if (delay.isZero()) {
                run.run();
            } else {
                timer.schedule(run, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return lane != null;
    }

    /**
     * Gives lanes to the chats of events that wait in the table without one, oldest event first, while lanes are free;
     * runs on a handler thread (processing's share of the CPU), one at a time.
     */
    private void refill() {
        while (laneless.any() && lanes.size() < properties.maxWaitingChats() && laneless.startRefill()) {
            try {
                refillOnce();
            } catch (RuntimeException e) {
                log.warn("inbox refill failed; the sweeper tries again: {}", ExceptionSummary.of(e));
            } finally {
                laneless.endRefill();
            }
        }
    }

    private void refillOnce() {
        long from = laneless.take();
        if (from == LanelessEvents.NONE) {
            return;
        }
        int limit = 2 * Math.max(0, properties.maxWaitingChats() - lanes.size()) + 16;
        List<InboxEntries.Walked> walked = inbox.walkFrom(from, limit);
        for (InboxEntries.Walked event : walked) {
            if (event.waiting() && !schedule(event.chatId(), Duration.ZERO, true)) {
                laneless.note(event.id());
                return;
            }
        }
        if (walked.size() == limit) {
            laneless.note(walked.get(walked.size() - 1).id() + 1);
        }
    }

    private void drain(Lane lane) {
        boolean more = true;
        while (more) {
            try {
                if (instances.shared()) {
                    drainShared(lane.chatId);
                } else {
                    for (InboxEntry entry : inbox.pendingOf(lane.chatId)) {
                        handle(entry);
                    }
                }
            } catch (RuntimeException e) {
                // the database, most likely: its messages can quote values, so only the summary is logged
                log.warn("inbox lane failed; its events stay pending for the sweeper: {}", ExceptionSummary.of(e));
                log.debug("inbox lane failure", e);
            }
            Lane after = lanes.compute(lane.chatId, (key, current) -> {
                if (current != null && current.lookAgain) {
                    current.lookAgain = false;
                    return current;
                }
                return null;
            });
            more = after != null;
        }
        // a quarter of the lanes free before a refill: one walk of the table per few hundred chats, not per chat
        if (laneless.any() && lanes.size() <= properties.maxWaitingChats() * 3 / 4) {
            refill();
        }
    }

    /**
     * Several processes share the inbox (PostgreSQL): another process may hold this chat's lane too. Each event is
     * taken with its row lock inside its transaction ({@link InboxEntries#takeForHandling}); an event another process
     * holds ends this lane at once (that process reads the chat's pending events again before its lane ends, so it
     * sees every event this one left), and this lane reads again until nothing is pending.
     */
    private void drainShared(String chatId) {
        List<InboxEntry> pending = inbox.pendingOf(chatId);
        while (!pending.isEmpty()) {
            for (InboxEntry entry : pending) {
                if (!handle(entry)) {
                    return;
                }
            }
            pending = inbox.pendingOf(chatId);
        }
    }

    /** Handles the event; false when another process holds it (its lane goes on with the chat). */
    private boolean handle(InboxEntry entry) {
        for (int attempt = 1; ; attempt++) {
            try {
                return dispatch(entry);
            } catch (JsonMappingException unreadable) {
                // the stored event does not fit the LINE SDK's model: it never will, so it is set aside at once
                String problem = ExceptionSummary.jsonPath(unreadable) + " does not fit LINE's event model";
                inbox.setAside(entry.id(), problem);
                setAside.atHandling(entry.id(), problem);
                return true;
            } catch (RuntimeException | java.io.IOException e) {
                // logged by class and place only: exception messages can quote a family's words
                String summary = ExceptionSummary.of(e);
                InboxEntry.Status status = inbox.failAttempt(entry.id(), summary, properties.maxHandlingAttempts());
                log.debug("inbox event {} failed (attempt {})", entry.id(), attempt, e);
                if (status != InboxEntry.Status.PENDING) {
                    setAside.atHandling(entry.id(), "failed " + attempt + " times: " + summary);
                    return true;
                }
                log.warn("inbox event {} failed (attempt {}), retrying: {}", entry.id(), attempt, summary);
                sleep(50L * attempt * attempt);
            }
        }
    }

    /** Handles the event in one transaction; false when another process holds it. */
    private boolean dispatch(InboxEntry entry) throws java.io.IOException {
        if (entry.sourceType() != InboxEntry.SourceType.USER) {
            replyTokens.offer(entry.id(), entry.replyToken(), entry.receivedAt());
            try {
                return Boolean.TRUE.equals(tx.execute(s -> {
                    InboxEntries.Take take = take(entry);
                    if (take == InboxEntries.Take.OURS && inbox.finish(entry.id(), InboxEntry.Status.DONE)) {
                        groupNotice.answer(entry);
                    }
                    return take != InboxEntries.Take.HELD_ELSEWHERE;
                }));
            } finally {
                replyTokens.withdraw(entry.id());
            }
        }
        Optional<IncomingEvent> event = mapper.map(entry);
        if (event.isEmpty()) {
            inbox.finish(entry.id(), InboxEntry.Status.IGNORED);
            return true;
        }
        IncomingEvent incoming = event.get();
        Duration age = Duration.between(entry.receivedAt(), Instant.now());
        backlog.handled(age);
        boolean waited = age.compareTo(properties.loadingAfter()) > 0;
        if (waited && (incoming.kind() == IncomingEvent.Kind.MESSAGE || incoming.kind() == IncomingEvent.Kind.POSTBACK)) {
            outbox.showLoading(incoming.userId(), 5);
        }
        replyTokens.offer(entry.id(), entry.replyToken(), entry.receivedAt(),
                incoming.kind() == IncomingEvent.Kind.MESSAGE ? entry.payload() : null);
        try {
            return Boolean.TRUE.equals(tx.execute(s -> {
                InboxEntries.Take take = take(entry);
                InboxEntries.Finish finish = take == InboxEntries.Take.OURS ? inbox.finishHandled(entry.id())
                        : InboxEntries.Finish.NOT_PENDING;
                if (finish == InboxEntries.Finish.FINISHED_TOKEN_USED) {
                    // a late notice used the reply token while the event waited: the answer goes by push
                    replyTokens.spent(entry.id());
                }
                if (finish != InboxEntries.Finish.NOT_PENDING) {
                    followChange(incoming);
                    publisher.publishEvent(incoming);
                }
                return take != InboxEntries.Take.HELD_ELSEWHERE;
            }));
        } finally {
            replyTokens.withdraw(entry.id());
        }
    }

    /** One process (H2): the lane is this process's alone, {@code finish} guards the row. Several: its row lock. */
    private InboxEntries.Take take(InboxEntry entry) {
        return instances.shared() ? inbox.takeForHandling(entry.id()) : InboxEntries.Take.OURS;
    }

    /** A family who blocks the account gets nothing more (what waits is cancelled); adding it again undoes that. */
    private void followChange(IncomingEvent event) {
        if (event.kind() == IncomingEvent.Kind.UNFOLLOW) {
            int cancelled = blockedChats.block(event.userId(), Instant.now());
            if (cancelled > 0) {
                log.info("a family blocked the account: {} waiting message batches cancelled", cancelled);
            }
        } else if (event.kind() == IncomingEvent.Kind.FOLLOW) {
            blockedChats.unblock(event.userId());
        }
    }

    /**
     * A graceful shutdown (SIGTERM) finishes what this process took: the web server has finished its requests; lanes
     * waiting out the reorder window still run, then every queued lane drains (the outbox, stopped after this,
     * sends their answers). What is left after the waits stays pending for the next start or another process.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        timer.shutdown();
        if (!timer.awaitTermination(2, TimeUnit.SECONDS)) {
            timer.shutdownNow();
        }
        workers.shutdown();
        if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static final class Lane {
        final String chatId;
        volatile boolean lookAgain;

        Lane(String chatId) {
            this.chatId = chatId;
        }
    }
}
