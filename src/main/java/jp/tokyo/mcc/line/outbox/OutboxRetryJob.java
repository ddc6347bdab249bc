package jp.tokyo.mcc.line.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.inbox.CommitBarrier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due again: batches retried after an outage, and batches left unsent by a restart. The backlog goes
 * out in parallel, a chat per sender thread (each chat's batches in order, see {@link OutboxDelivery#drainSoon}),
 * within LINE's rate limit ({@link LineRateLimit}); at most {@code 8 x send-threads} chats are in hand at once, so
 * fresh answers still find a sender. While LINE is down ({@link LineHealth}) only the oldest due batch is tried per
 * poll; once LINE answers again, every batch waiting out its back-off is due at once.
 */
@Component
class OutboxRetryJob {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetryJob.class);

    private final OutboxBatches store;
    private final OutboxDelivery delivery;
    private final Clock clock;
    private final CommitBarrier durable;
    private final LineHealth health;
    private final int maxChats;
    private final Set<String> inHand = ConcurrentHashMap.newKeySet();

    OutboxRetryJob(OutboxBatches store, OutboxDelivery delivery, Optional<Clock> clock, CommitBarrier durable,
                   LineHealth health, LineProperties properties) {
        this.store = store;
        this.delivery = delivery;
        this.clock = clock.orElse(Clock.systemUTC());
        this.durable = durable;
        this.health = health;
        this.maxChats = 8 * Math.max(1, properties.sendThreads());
    }

    @Scheduled(fixedDelayString = "${app.line.retry-poll:500ms}", initialDelayString = "${app.line.retry-poll:500ms}")
    void sendDue() {
        Instant now = clock.instant();
        if (health.takeRecovery()) {
            int forward = store.bringForward(now);
            if (forward > 0) {
                log.info("LINE answers again: {} waiting batches are due now", forward);
            }
        }
        List<OutboxBatches.Due> due = store.due(now, 4 * maxChats);
        if (due.isEmpty()) {
            return;
        }
        // what is sent must be on disk first (see CommitBarrier): a batch stored in the last moments may not be
        durable.awaitDurable();
        if (health.isDown()) {
            delivery.deliver(due.get(0).id()); // a probe: LINE's answer tells whether the backlog may go
            return;
        }
        Map<String, List<Long>> byChat = new LinkedHashMap<>();
        for (OutboxBatches.Due batch : due) {
            byChat.computeIfAbsent(batch.chatId(), c -> new ArrayList<>()).add(batch.id());
        }
        for (Map.Entry<String, List<Long>> chat : byChat.entrySet()) {
            if (inHand.size() >= maxChats) {
                return;
            }
            if (inHand.add(chat.getKey())) {
                delivery.drainSoon(chat.getValue(), () -> inHand.remove(chat.getKey()));
            }
        }
    }
}
