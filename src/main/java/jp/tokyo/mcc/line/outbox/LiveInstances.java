package jp.tokyo.mcc.line.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which bot processes are alive, as PostgreSQL knows it: several processes may share one PostgreSQL database (README,
 * "Several processes"). Each holds a session-level advisory lock keyed by its own random id for as long as it lives,
 * on a connection of its own; PostgreSQL lets go of it the moment the process dies (its connections close), so the
 * others see at once that a batch it was sending has no sender any more ({@link #deadClaimSql}) instead of waiting for
 * the claim to run out. No protocol of our own: the lock is the heartbeat, PostgreSQL the witness. A lost connection
 * (PostgreSQL restarted) is replaced and the lock taken again within a second.
 *
 * <p>The embedded H2 serves one process ({@link #shared()} false): nothing is held, nothing changes.
 */
@Component
public class LiveInstances {

    private static final Logger log = LoggerFactory.getLogger(LiveInstances.class);
    /** The advisory locks' first key: "mcc1". */
    static final int LOCK_CLASS = 0x6d636331;

    private final DataSource dataSource;
    private final boolean shared;
    private final int id = 1 + ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE - 1);
    private Connection held;
    private volatile boolean stopped;

    LiveInstances(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.dataSource = dataSource;
        this.shared = url.startsWith("jdbc:postgresql:");
    }

    /** Whether other processes may share this database (PostgreSQL): then rows are claimed and locked, not just lanes. */
    public boolean shared() {
        return shared;
    }

    /** This process's id in claims ({@code claimed_by}); null on a database one process has to itself. */
    public Integer id() {
        return shared ? id : null;
    }

    /**
     * A condition on {@code line_outbox_batch}: its claim was made by a process that is no longer alive (PostgreSQL
     * only; a claim without a claimant, as H2 makes them, waits for its time to run out).
     */
    static String deadClaimSql() {
        return "(claimed_by IS NOT NULL AND claimed_by NOT IN (SELECT objid::bigint FROM pg_locks "
                + "WHERE locktype = 'advisory' AND classid = " + LOCK_CLASS + " AND objsubid = 2 AND granted))";
    }

    /** Before anything of this process claims a batch: a claim by a process not known as live is taken over. */
    @PostConstruct
    void announce() {
        keep();
    }

    /** Holds the lock; takes it again on a new connection when the old one broke. */
    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    synchronized void keep() {
        if (!shared || stopped) {
            return;
        }
        try {
            if (held != null && held.isValid(2)) {
                return;
            }
            closeHeld();
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
                lock.setInt(1, LOCK_CLASS);
                lock.setInt(2, id);
                lock.execute();
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            held = connection;
            log.info("this process is known to PostgreSQL as live (advisory lock {})", id);
        } catch (SQLException | RuntimeException e) {
            log.warn("the live lock could not be taken: {}", e.getClass().getSimpleName());
        }
    }

    private void closeHeld() {
        if (held != null) {
            try (PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                unlock.execute(); // the connection goes back to the pool: without its lock
            } catch (SQLException | RuntimeException e) {
                // broken: its session, and the lock, are gone with it
            }
            try {
                held.close();
            } catch (SQLException e) {
                // broken already
            }
            held = null;
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        closeHeld();
    }
}
