package jp.tokyo.mcc.records.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether family data was deleted since the embedded H2 file was last compacted in full (table
 * {@code records_compaction}, one row). Kept in the database, so a process that dies after an erasure still
 * compacts at its next clean shutdown.
 */
@Repository
class CompactionFlag {

    private final JdbcClient jdbc;

    CompactionFlag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deleted data waits in the file's free space from now (if it did not already). */
    void markDue(Instant now) {
        jdbc.sql("UPDATE records_compaction SET due_since = ? WHERE id = 1 AND due_since IS NULL")
                .param(Timestamp.from(now)).update();
    }

    /** Since when deleted data waits for a compaction (empty: none waits). */
    Optional<Instant> dueSince() {
        return jdbc.sql("SELECT due_since FROM records_compaction WHERE id = 1")
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .optional().flatMap(o -> o);
    }
}
