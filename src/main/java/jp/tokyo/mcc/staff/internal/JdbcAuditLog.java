package jp.tokyo.mcc.staff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jp.tokyo.mcc.staff.AuditEntry;
import jp.tokyo.mcc.staff.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_log table; written in the caller's transaction so a change and its audit line stand or fall together. */
@Repository
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String actor, String action, String subjectType, String subjectId, String detail) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, subject_type, subject_id, detail) VALUES (?,?,?,?,?,?)")
                .params(Timestamp.from(Instant.now()), cut(actor, 64), cut(action, 40), cut(subjectType, 20),
                        cut(subjectId, 40), cut(detail, 500))
                .update();
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("SELECT * FROM audit_log ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .query((rs, n) -> map(rs)).list();
    }

    @Override
    public List<AuditEntry> about(String subjectType, String subjectId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE subject_type = ? AND subject_id = ? ORDER BY id")
                .params(subjectType, subjectId).query((rs, n) -> map(rs)).list();
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("detail"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
