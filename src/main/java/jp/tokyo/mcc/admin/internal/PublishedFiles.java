package jp.tokyo.mcc.admin.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.AdminFileSource;
import jp.tokyo.mcc.shared.AdminFilesPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The live versions and the drafts as the modules read them, kept in memory. Read from the tables at the first use
 * (after the seed from the folder), then again whenever their revision changes: at once after a publish here, and
 * within {@code app.admin.poll-interval} after one in another process on the same database. When live files
 * changed, {@link AdminFilesPublished} tells every module to reload. The drafts set is the live files with every
 * draft that had no problems when it was saved laid over them.
 */
@Component
class PublishedFiles implements AdminFileSource {

    private static final Logger log = LoggerFactory.getLogger(PublishedFiles.class);

    private final AdminFileVersions versions;
    private final AdminFileDrafts drafts;
    private final FolderSeed seed;
    private final ApplicationEventPublisher events;

    private volatile AdminFileSet live;
    private volatile long liveRevision = -1;
    private volatile AdminFileSet withDrafts;
    private volatile String draftRevision;

    PublishedFiles(AdminFileVersions versions, AdminFileDrafts drafts, FolderSeed seed, ApplicationEventPublisher events) {
        this.versions = versions;
        this.drafts = drafts;
        this.seed = seed;
        this.events = events;
    }

    @Override
    public AdminFileSet published() {
        loaded();
        return live;
    }

    @Override
    public AdminFileSet drafts() {
        loaded();
        return withDrafts;
    }

    /** The first use seeds the tables from the folder and reads both sets (never inside a caller's transaction). */
    private void loaded() {
        if (live == null) {
            synchronized (this) {
                if (live == null) {
                    outsideTransactions(() -> {
                        seed.run();
                        loadLive();
                        loadDrafts();
                    });
                }
            }
        }
    }

    /** Reads what changed since the last look; tells the modules when live files changed. */
    @Scheduled(fixedDelayString = "${app.admin.poll-interval:2s}", initialDelayString = "${app.admin.poll-interval:2s}")
    void refresh() {
        Set<String> changed;
        synchronized (this) {
            if (live == null) {
                return; // nobody read the files yet
            }
            List<Set<String>> result = new java.util.ArrayList<>();
            outsideTransactions(() -> {
                Set<String> paths = versions.revision() == liveRevision ? Set.of() : loadLive();
                if (!paths.isEmpty() || withDrafts == null || !Objects.equals(draftRevision(), draftRevision)) {
                    loadDrafts();
                }
                result.add(paths);
            });
            changed = result.isEmpty() ? Set.of() : result.get(0);
        }
        if (!changed.isEmpty()) {
            log.info("administrator files published: {}", changed);
            events.publishEvent(new AdminFilesPublished(changed));
        }
    }

    /** Drafts changed in this process: read them again now (the caller's transaction is over). */
    synchronized void draftsChanged() {
        if (live != null) {
            outsideTransactions(this::loadDrafts);
        }
    }

    /**
     * Runs a read of the tables (JPA) outside any transaction the calling thread may be in: a simulator family's event
     * is handled inside the webhook's JDBC transaction, whose connection a JPA transaction cannot share; such a
     * caller waits for a short-lived thread of its own. Normally the sets are read at start, after a change made
     * here and by the poll, never on an event's thread.
     */
    private static void outsideTransactions(Runnable read) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isSynchronizationActive()) {
            read.run();
            return;
        }
        RuntimeException[] failure = new RuntimeException[1];
        Thread reader = new Thread(() -> {
            try {
                read.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "admin-files-read");
        reader.start();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the administrator files", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private Set<String> loadLive() {
        long revision = versions.revision();
        List<AdminFile> files = versions.findLive().stream()
                .map(v -> AdminFile.of(v.getPath(), v.getContent())).toList();
        AdminFileSet before = live;
        AdminFileSet now = AdminFileSet.of(files);
        live = now;
        liveRevision = revision;
        return before == null ? Set.of() : changedPaths(before, now);
    }

    private void loadDrafts() {
        String revision = draftRevision();
        // a draft with problems is not tried: its file stays as published (the last good version)
        List<AdminFile> files = drafts.findAll().stream().filter(d -> d.getProblems() == 0)
                .map(d -> AdminFile.of(d.getPath(), d.getContent())).toList();
        withDrafts = live.with(files);
        draftRevision = revision;
    }

    private String draftRevision() {
        List<Object[]> rows = drafts.revision();
        if (rows.isEmpty()) {
            return "";
        }
        Object[] row = rows.get(0);
        return row[0] + ":" + row[1] + ":" + row[2];
    }

    private static Set<String> changedPaths(AdminFileSet before, AdminFileSet now) {
        Set<String> changed = new HashSet<>();
        for (AdminFile f : now.all()) {
            if (before.file(f.path()).map(b -> !b.hash().equals(f.hash())).orElse(true)) {
                changed.add(f.path());
            }
        }
        before.all().stream().filter(b -> now.file(b.path()).isEmpty()).forEach(b -> changed.add(b.path()));
        return changed;
    }
}
