package jp.tokyo.mcc.inquiry.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jp.tokyo.mcc.inquiry.InquiryAttachment.State;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import jp.tokyo.mcc.inquiry.InquiryMessage.Author;
import jp.tokyo.mcc.line.MessageContents.Fetched;
import jp.tokyo.mcc.line.MessageContents;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.shared.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches what families sent from LINE's data API, off the webhook's path: a pending download is a row
 * (inquiry_attachment, PENDING), started by the process that received it once the event that made it is committed;
 * every process looks for due ones every {@code app.attachments.poll-interval} (retries, and downloads whose process
 * died: a process takes a download for a lease, after which another takes it over), so a download is done after a
 * crash or a restart too. LINE failing (no answer, 429, 5xx) is retried with
 * a growing wait; a video or an audio LINE is still preparing is asked again shortly. Content that is too large or of
 * a type not allowed is refused and the family told kindly; content LINE no longer has (or never prepared) is recorded
 * as failed, for counsellors to see. Logs ids and outcomes only.
 */
@Component
class AttachmentDownloads {

    private static final Logger log = LoggerFactory.getLogger(AttachmentDownloads.class);
    private static final int BATCH = 20;

    private final AttachmentRows rows;
    private final AttachmentProperties properties;
    private final MessageContents contents;
    private final InquiryRows inquiries;
    private final AttachmentNotices notices;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "attachment-download");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    AttachmentDownloads(AttachmentRows rows, AttachmentProperties properties, MessageContents contents,
                        InquiryRows inquiries, AttachmentNotices notices, Outbox outbox,
                        ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.properties = properties;
        this.contents = contents;
        this.inquiries = inquiries;
        this.notices = notices;
        this.outbox = outbox;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Starts a new download once the current transaction commits (at once without one), in this process. */
    void startAfterCommit(long id) {
        AfterCommit.run(() -> start(id));
    }

    private void start(long id) {
        try {
            worker.execute(() -> {
                try {
                    Instant now = Instant.now();
                    download(id, tx.execute(s -> rows.claimFirst(id, now, now.plus(properties.lease()))));
                } catch (RuntimeException e) {
                    log.warn("attachment {} not started: {}", id, e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException stopping) {
            // stopping: the download is taken over after its lease
        }
    }

    /** Every process looks for due downloads now and then: those of a process that died, retries, restarts. */
    @Scheduled(fixedDelayString = "${app.attachments.poll-interval:5s}",
            initialDelayString = "${app.attachments.poll-interval:5s}")
    void poll() {
        wake();
    }

    void wake() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(this::drain);
        } catch (RejectedExecutionException stopping) {
            queued.set(false);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void drain() {
        queued.set(false);
        try {
            for (int round = 0; round < 50 && !Thread.currentThread().isInterrupted(); round++) {
                List<Long> due = rows.due(Instant.now(), BATCH);
                if (due.isEmpty()) {
                    return;
                }
                for (long id : due) {
                    Instant now = Instant.now();
                    download(id, tx.execute(s -> rows.claim(id, now, now.plus(properties.lease()))));
                }
            }
        } catch (RuntimeException e) {
            log.warn("attachment downloads paused: {}", e.getClass().getSimpleName());
        }
    }

    /** One download once claimed (else left to the process that has it): fetched outside any transaction, settled. */
    private void download(long id, Boolean claimed) {
        if (!Boolean.TRUE.equals(claimed)) {
            return;
        }
        Optional<AttachmentRows.Job> job = rows.job(id);
        if (job.isEmpty()) {
            tx.executeWithoutResult(s -> rows.settle(id, State.FAILED, "erased", Instant.now()));
            return;
        }
        AttachmentRows.Job j = job.get();
        boolean transcoded = "video".equals(j.mediaType()) || "audio".equals(j.mediaType());
        Fetched fetched = contents.fetch(j.userId(), j.lineMessageId(), transcoded, properties.maxSize().toBytes());
        tx.executeWithoutResult(s -> settle(j, fetched, Instant.now()));
    }

    private void settle(AttachmentRows.Job job, Fetched fetched, Instant now) {
        switch (fetched.outcome()) {
            case CONTENT -> {
                Optional<String> type = MediaSniffer.allowed(job.mediaType(), fetched.bytes());
                if (type.isEmpty()) {
                    refuse(job, AttachmentIntake.WRONG_TYPE, notices.wrongType(job.mediaType(), job.userId()), now);
                } else if (rows.store(job.id(), type.get(), fetched.bytes(), sha256(fetched.bytes()), now)) {
                    log.info("attachment {} of inquiry {} stored", job.id(), job.inquiryId());
                    changed(job);
                }
            }
            case TOO_LARGE -> refuse(job, AttachmentIntake.TOO_LARGE, notices.tooLarge(job.mediaType(), job.userId()), now);
            case NOT_READY -> later(job, now.plus(properties.notReadyDelay()), "not_prepared", now);
            case NOT_PREPARED -> fail(job, "not_prepared", now);
            case GONE -> fail(job, "expired", now);
            case REFUSED -> fail(job, "refused", now);
            case UNAVAILABLE -> later(job, now.plus(properties.backoff(job.attempts())), "unavailable", now);
        }
    }

    /** Tries again at {@code at}, unless the family sent it longer ago than LINE can be expected to keep it. */
    private void later(AttachmentRows.Job job, Instant at, String problemWhenGivenUp, Instant now) {
        if (job.createdAt().plus(properties.giveUpAfter()).isBefore(now)) {
            fail(job, problemWhenGivenUp, now);
            return;
        }
        log.info("attachment {} of inquiry {}: LINE's data API to be asked again (attempt {})", job.id(),
                job.inquiryId(), job.attempts());
        rows.retryAt(job.id(), at, now);
    }

    private void fail(AttachmentRows.Job job, String problem, Instant now) {
        if (rows.settle(job.id(), State.FAILED, problem, now)) {
            log.info("attachment {} of inquiry {} not fetched: {}", job.id(), job.inquiryId(), problem);
            changed(job);
        }
    }

    /** Not kept: the family is told kindly (and the counsellor sees what they were told). */
    private void refuse(AttachmentRows.Job job, String problem, String toFamily, Instant now) {
        if (!rows.settle(job.id(), State.REFUSED, problem, now)) {
            return;
        }
        log.info("attachment {} of inquiry {} refused: {}", job.id(), job.inquiryId(), problem);
        outbox.push(job.userId(), List.of(new OutgoingMessage.Text(toFamily)), Outbox.Origin.BOT);
        inquiries.addMessage(job.inquiryId(), Author.BOT, null, toFamily, now);
        changed(job);
    }

    private void changed(AttachmentRows.Job job) {
        events.publishEvent(new InquiryChanged(job.inquiryId(), job.center(), InquiryChanged.Kind.FAMILY_MESSAGE));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
