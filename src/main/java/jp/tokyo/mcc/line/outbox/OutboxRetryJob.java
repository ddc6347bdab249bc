package jp.tokyo.mcc.line.outbox;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends what is due again: batches retried after an outage, and batches left unsent by a restart. */
@Component
class OutboxRetryJob {

    private final OutboxStore store;
    private final OutboxDelivery delivery;
    private final Clock clock;

    OutboxRetryJob(OutboxStore store, OutboxDelivery delivery, Optional<Clock> clock) {
        this.store = store;
        this.delivery = delivery;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Hands each chat with due batches to a sender, which sends the chat's oldest due batch and then the rest of its
     * queue. Only the oldest can be claimed (a family's messages go out in order), so the later ones are not tried
     * one by one here.
     */
    @Scheduled(fixedDelayString = "${app.line.retry-poll:500ms}", initialDelayString = "${app.line.retry-poll:500ms}")
    void sendDue() {
        Set<String> chats = new HashSet<>();
        for (OutboxStore.DueBatch due : store.due(clock.instant(), 500)) {
            if (chats.add(due.chatId())) {
                delivery.drainSoon(due.chatId(), due.id());
            }
        }
    }
}
