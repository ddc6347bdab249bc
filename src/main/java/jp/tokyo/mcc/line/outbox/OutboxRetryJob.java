package jp.tokyo.mcc.line.outbox;

import java.time.Clock;
import java.util.Optional;

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

    @Scheduled(fixedDelayString = "${app.line.retry-poll:500ms}", initialDelayString = "${app.line.retry-poll:500ms}")
    void sendDue() {
        for (Long id : store.due(clock.instant(), 500)) {
            delivery.deliver(id);
        }
    }
}
