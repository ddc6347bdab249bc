package jp.tokyo.mcc.records.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Erased means gone, in the embedded H2 file too. H2's MVStore never overwrites a page in place: a changed or deleted
 * row is written anew in a new chunk, and the chunk that held the old version stays in the file, bytes intact, until
 * its space happens to be reused. Overwriting a row before deleting it does not help (the overwrite is a new copy
 * too). So after family data was deleted (an erasure, or a purge that let something go), the clean shutdown ends
 * with H2's full compaction: once the connection pool is closed, the database is opened once more and closed with
 * {@code SHUTDOWN COMPACT}, which writes the live data into a new file and replaces the old one; no old chunk
 * survives. The data source is made to close before this bean ({@link DataSourceClosesFirst}).
 *
 * <p>{@code app.records.h2-compaction}: {@code when-deleted} (default: only when data was deleted since the last
 * compaction; the flag is kept in the database, so it survives a crash), {@code always}, or {@code never}.
 * Nothing happens on PostgreSQL or an in-memory H2.
 */
@Component(H2ShutdownCompaction.BEAN)
class H2ShutdownCompaction implements DisposableBean {

    static final String BEAN = "h2ShutdownCompaction";
    private static final Logger log = LoggerFactory.getLogger(H2ShutdownCompaction.class);

    private final ObjectProvider<DataSourceProperties> dataSource;
    private final String mode;

    H2ShutdownCompaction(ObjectProvider<DataSourceProperties> dataSource,
                         @Value("${app.records.h2-compaction:when-deleted}") String mode) {
        this.dataSource = dataSource;
        this.mode = mode.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void destroy() {
        DataSourceProperties properties = dataSource.getIfAvailable();
        if (properties == null || "never".equals(mode)) {
            return;
        }
        String url = properties.determineUrl();
        if (!isH2File(url)) {
            return;
        }
        compact(url, properties.determineUsername(), properties.determinePassword(), "always".equals(mode));
    }

    /**
     * Opens the (closed) database and closes it with a full compaction when data was deleted since the last one (or
     * always). Returns whether it compacted.
     */
    static boolean compact(String url, String username, String password, boolean always) {
        Path file = fileOf(url);
        long before = size(file);
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement()) {
            if (!always && !due(statement)) {
                return false;
            }
            statement.executeUpdate("UPDATE records_compaction SET due_since = NULL WHERE id = 1");
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            log.warn("the H2 file was not compacted at shutdown (deleted data may stay in its free space until the "
                    + "next clean shutdown): SQL state {}, error {}", e.getSQLState(), e.getErrorCode());
            return false;
        }
        log.info("H2 file compacted at shutdown (deleted data overwritten) in {} ms: {} -> {} bytes",
                (System.nanoTime() - started) / 1_000_000, before, size(file));
        return true;
    }

    private static boolean due(Statement statement) {
        try (ResultSet rs = statement.executeQuery("SELECT due_since FROM records_compaction WHERE id = 1")) {
            return rs.next() && rs.getObject(1) != null;
        } catch (SQLException e) {
            return false; // not migrated yet: nothing of ours was ever deleted
        }
    }

    /** An H2 database in a file ({@code jdbc:h2:file:...}, or a plain path), not in memory or on a server. */
    static boolean isH2File(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:")
                && !rest.startsWith("zip:");
    }

    /** The {@code .mv.db} file of a file URL. */
    static Path fileOf(String url) {
        String rest = url.substring("jdbc:h2:".length());
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int options = rest.indexOf(';');
        return Path.of((options < 0 ? rest : rest.substring(0, options)) + ".mv.db");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
