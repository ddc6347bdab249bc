package jp.tokyo.mcc.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.records.PurgeRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code records_purge_run}: one row per purge, counts only. */
@Repository
class PurgeRunRows {

    private final JdbcClient jdbc;

    PurgeRunRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PurgeRun insert(Instant startedAt, Instant finishedAt, String counts, long total, String problems) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO records_purge_run (started_at, finished_at, counts, total, problems) VALUES (?,?,?,?,?)")
                .params(Timestamp.from(startedAt), Timestamp.from(finishedAt), cut(counts, 2000), total,
                        cut(problems, 2000))
                .update(keys, "id");
        return new PurgeRun(keys.getKey().longValue(), startedAt, finishedAt, cut(counts, 2000), total,
                cut(problems, 2000));
    }

    List<PurgeRun> recent(int limit) {
        return jdbc.sql("SELECT * FROM records_purge_run ORDER BY id DESC FETCH FIRST " + Math.max(1, limit)
                        + " ROWS ONLY")
                .query((rs, n) -> map(rs)).list();
    }

    Optional<Instant> lastStart() {
        return recent(1).stream().findFirst().map(PurgeRun::startedAt);
    }

    private static PurgeRun map(ResultSet rs) throws SQLException {
        return new PurgeRun(rs.getLong("id"), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getString("counts"), rs.getLong("total"), rs.getString("problems"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
