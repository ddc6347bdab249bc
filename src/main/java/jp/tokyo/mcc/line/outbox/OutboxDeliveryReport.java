package jp.tokyo.mcc.line.outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.line.DeliveryReport;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.inbox.InboxEntry;
import jp.tokyo.mcc.line.inbox.InboxEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The outbox (and inbox) as administrators see it: failures, counts, and trying a failed batch again. */
@Service
class OutboxDeliveryReport implements DeliveryReport {

    private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryReport.class);

    private final OutboxBatches store;
    private final InboxEntries inbox;
    private final Clock clock;

    OutboxDeliveryReport(OutboxBatches store, InboxEntries inbox, Optional<Clock> clock) {
        this.store = store;
        this.inbox = inbox;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<FailedDelivery> failed(int limit) {
        return store.failed(Math.max(0, limit)).stream()
                .map(b -> new FailedDelivery(b.id(), Outbox.Origin.valueOf(b.origin()), b.httpStatus(), b.error(),
                        b.attempts(), b.createdAt(), chatRef(b.chatId())))
                .toList();
    }

    @Override
    public Map<Long, Fate> fates(Collection<Long> batchIds) {
        return store.fates(batchIds);
    }

    @Override
    public Counts counts() {
        Map<OutboxBatch.Status, Long> counts = store.countByStatus();
        return new Counts(counts.getOrDefault(OutboxBatch.Status.PENDING, 0L),
                counts.getOrDefault(OutboxBatch.Status.SENDING, 0L),
                counts.getOrDefault(OutboxBatch.Status.SENT, 0L),
                counts.getOrDefault(OutboxBatch.Status.FAILED, 0L),
                inbox.count(InboxEntry.Status.FAILED));
    }

    @Override
    public boolean retry(long batchId) {
        // the retry job sends it within its next poll, in order with the chat's other unsent batches
        boolean requeued = store.requeueFailed(batchId, clock.instant());
        if (requeued) {
            log.info("failed batch {} queued again by an administrator", batchId);
        }
        return requeued;
    }

    /** The first 8 hex digits of the chat id's SHA-256: tells chats apart, does not reveal them. */
    static String chatRef(String chatId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(chatId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
