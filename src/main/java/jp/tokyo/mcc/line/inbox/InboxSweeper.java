package jp.tokyo.mcc.line.inbox;

import java.time.Instant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events stored but not handled when the process stopped are handled after the restart; the periodic sweep
 * also catches any event whose wake-up was lost.
 */
@Component
class InboxSweeper {

    private final InboxEntries inbox;
    private final EventDispatcher dispatcher;

    InboxSweeper(InboxEntries inbox, EventDispatcher dispatcher) {
        this.inbox = inbox;
        this.dispatcher = dispatcher;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAfterRestart() {
        sweep(Instant.now());
    }

    @Scheduled(fixedDelayString = "${app.line.sweep-interval:10s}", initialDelayString = "${app.line.sweep-interval:10s}")
    void sweepStale() {
        sweep(Instant.now().minusSeconds(5));
    }

    private void sweep(Instant receivedBefore) {
        inbox.chatsWithPendingEvents(receivedBefore, 10_000).forEach(dispatcher::wake);
        inbox.pendingWithoutChat(1000).forEach(e -> inbox.finish(e.id(), InboxEntry.Status.IGNORED));
    }
}
