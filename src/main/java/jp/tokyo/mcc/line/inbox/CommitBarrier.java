package jp.tokyo.mcc.line.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Waits until what the caller has committed is in the database's files: the webhook before it answers LINE 200, the
 * outbox before it first sends an answer (so that an answer LINE may have delivered is never forgotten by a crash,
 * which would answer the event again).
 *
 * <p>On PostgreSQL every commit is durable already ({@link DurableCommits}): nothing to wait for. H2, the embedded
 * default, writes committed transactions to its file in the background, up to {@code WRITE_DELAY} (500 ms) later;
 * writing at every commit instead ({@code WRITE_DELAY=0}) cost the echo benchmark about seven times the CPU per event
 * (every commit stored its own chunk). So commits here are grouped: callers wait for one writer thread, which has
 * H2 store every change so far ({@link #checkpoint()}) as long as someone waits; one write serves every commit made
 * before it started. A write reaches the operating system before the caller goes on, so it survives the bot's crash
 * ({@code kill -9}); for power cuts, use PostgreSQL. In-memory H2 databases (the tests) have no files: no wait.
 */
@Component
public class CommitBarrier {

    private static final Logger log = LoggerFactory.getLogger(CommitBarrier.class);

    private final DataSource dataSource;
    private final boolean needed;
    private final Object lock = new Object();
    /** Waits asked for, and waits served by a finished write: a wait is served by a write that began after it. */
    private long requested;
    private long written;
    private long failedUpTo;
    private Thread writer;
    private volatile boolean stopped;

    /** The writes run on the webhook's own connections: the webhook waits for them. */
    @org.springframework.beans.factory.annotation.Autowired
    CommitBarrier(IntakeConnections intake) {
        this(intake.dataSource());
    }

    CommitBarrier(DataSource dataSource) {
        this.dataSource = dataSource;
        this.needed = h2File(dataSource);
    }

    private static boolean h2File(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached", e);
        }
    }

    /** Whether commits need waiting for at all: an H2 file database (not PostgreSQL, not in-memory H2). */
    public boolean needed() {
        return needed;
    }

    /** The JDBC URL of the database the writes are for. */
    public String url() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached", e);
        }
    }

    /**
     * Returns once everything this thread committed before the call is in the database's files.
     *
     * @throws DataAccessResourceFailureException when the write failed (nothing may be promised then)
     */
    public void awaitDurable() {
        if (!needed) {
            return;
        }
        synchronized (lock) {
            long mine = ++requested;
            if (writer == null) {
                writer = new Thread(this::write, "h2-group-commit");
                writer.setDaemon(true);
                writer.start();
            }
            lock.notifyAll();
            boolean interrupted = false;
            while (written < mine && !stopped) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failedUpTo >= mine || written < mine) {
                throw new DataAccessResourceFailureException("the database could not write its file");
            }
        }
    }

    private void write() {
        while (!stopped) {
            long target;
            synchronized (lock) {
                while (requested == written && !stopped) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                target = requested;
            }
            boolean ok = checkpoint();
            synchronized (lock) {
                if (!ok) {
                    failedUpTo = target;
                }
                written = target;
                lock.notifyAll();
            }
        }
    }

    /**
     * Stores H2's pending changes in its file: {@code MVStore.commit()}, a synchronous write of every change made so
     * far. Not SQL's {@code CHECKPOINT}, which first rewrites up to 4 MB of older, partly obsolete chunks whenever the
     * file is less than half live (H2's {@code Store.flush}): under a stream of handling writes that was most of the
     * time, and the webhook waited for those rewrites. Compaction stays with H2's own background writer.
     */
    private boolean checkpoint() {
        try (Connection c = dataSource.getConnection()) {
            if (c.isWrapperFor(JdbcConnection.class)
                    && c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local) {
                local.getDatabase().getStore().getMvStore().commit();
            } else {
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                }
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            log.warn("H2 could not write its file: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    @PreDestroy
    void stop() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
    }
}
