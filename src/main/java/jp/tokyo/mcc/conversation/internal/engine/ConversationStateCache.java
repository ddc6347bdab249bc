package jp.tokyo.mcc.conversation.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jp.tokyo.mcc.shared.AfterCommit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The latest committed conversation rows of the families who wrote lately, so that a family's next message does not
 * read its state from the database again (issue 18: that read was the largest single statement of an event).
 *
 * <p>Only where this process is the database's only writer: an H2 file, which one process holds at a time. On
 * PostgreSQL several processes share the rows, and in-memory H2 is shared by the test contexts of one JVM: there the
 * cache is off and every load reads the database ({@code app.conversation.state-cache=false} turns it off anywhere).
 *
 * <p>A row enters the cache only once its transaction committed, and only if nothing was invalidated since the state
 * was read ({@link #generation()}): a family's language written by the profile lookup, an erasure or a retention
 * purge meanwhile keeps the row out, and the next load reads the database.
 */
@Component
class ConversationStateCache {

    /** The column values of one committed row of {@code conversation_state} with its {@code family_language}. */
    record Row(String status, String flowId, String flowVersion, String stateId, String slots, int retries, int turn,
               String offers, String pending, String olderTranscript, int transcriptLines, java.time.Instant startedAt,
               java.time.Instant lastActivity, FamilyLanguage language) {
    }

    private final boolean enabled;
    private final Map<String, Row> rows;
    private long generation;

    @Autowired
    ConversationStateCache(DataSource dataSource, @Value("${app.conversation.state-cache:true}") boolean wanted,
                           @Value("${app.conversation.state-cache-size:4096}") int size) {
        this(wanted && soleWriter(dataSource), size);
    }

    ConversationStateCache(boolean enabled, int size) {
        this.enabled = enabled;
        this.rows = new LinkedHashMap<>(Math.min(size, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Row> eldest) {
                return size() > size;
            }
        };
    }

    private static boolean soleWriter(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.contains("AUTO_SERVER=TRUE")
                    && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached", e);
        }
    }

    boolean enabled() {
        return enabled;
    }

    /** A counter of invalidations: read it before reading the database, give it to {@link #putCommitted}. */
    synchronized long generation() {
        return generation;
    }

    synchronized Row get(String userId) {
        return enabled ? rows.get(userId) : null;
    }

    /**
     * Keeps the row once the caller's transaction has committed (at once without one), unless something was
     * invalidated since {@code readAt}. Until then the family's entry is gone: a rollback leaves nothing behind.
     */
    void putCommitted(String userId, Row row, long readAt) {
        if (!enabled) {
            return;
        }
        synchronized (this) {
            rows.remove(userId);
        }
        AfterCommit.run(() -> {
            synchronized (this) {
                if (generation == readAt) {
                    rows.put(userId, row);
                }
            }
        });
    }

    /** The family's rows change elsewhere (their language, their erasure): read the database next time. */
    void invalidate(String userId) {
        if (enabled) {
            invalidateNow(userId);
            AfterCommit.run(() -> invalidateNow(userId));
        }
    }

    /** Rows of any family may have changed (a retention purge). */
    void invalidateAll() {
        if (enabled) {
            invalidateNow(null);
            AfterCommit.run(() -> invalidateNow(null));
        }
    }

    private synchronized void invalidateNow(String userId) {
        generation++;
        if (userId == null) {
            rows.clear();
        } else {
            rows.remove(userId);
        }
    }
}
