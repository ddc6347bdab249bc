package jp.tokyo.mcc.line.inbox;

import java.time.Instant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events stored but not handled when the process stopped are handled after the restart; the periodic sweep
 * also catches any event whose wake-up was lost. With several processes on one PostgreSQL database it is how a dead
 * process's families are taken over: their events wait, unlocked, and the next sweep of any other process (every
 * {@code app.line.sweep-interval}, 2 s) finds those older than that interval.
 */
@Component
class InboxSweeper {

    private final InboxEntries inbox;
    private final EventDispatcher dispatcher;
    private final java.time.Duration staleAfter;

    InboxSweeper(InboxEntries inbox, EventDispatcher dispatcher,
                 @org.springframework.beans.factory.annotation.Value("${app.line.sweep-interval:2s}") java.time.Duration staleAfter) {
        this.staleAfter = staleAfter;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAfterRestart() {
        sweep(Instant.now());
    }

    @Scheduled(fixedDelayString = "${app.line.sweep-interval:2s}", initialDelayString = "${app.line.sweep-interval:2s}")
    void sweepStale() {
        sweep(Instant.now().minus(staleAfter));
    }

    private void sweep(Instant receivedBefore) {
        // while chats wait for lanes the dispatcher's refill walks the backlog anyway: no search of it then
        dispatcher.catchUpLostWakeUps(() -> inbox.oldestPendingBefore(receivedBefore));
        inbox.pendingWithoutChat(1000).forEach(e -> inbox.finish(e.id(), InboxEntry.Status.IGNORED));
    }
}
