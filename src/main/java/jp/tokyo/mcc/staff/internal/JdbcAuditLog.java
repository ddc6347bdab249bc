package jp.tokyo.mcc.staff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.staff.AuditEntry;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.staff.AuditQuery;
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
    public List<AuditEntry> search(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.actor() != null) {
            conditions.add("actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.action() != null) {
            conditions.add("action = :action");
            params.put("action", query.action());
        }
        if (query.subjectType() != null) {
            conditions.add("subject_type = :type");
            params.put("type", query.subjectType());
        }
        if (query.subjectId() != null) {
            conditions.add("subject_id = :subject");
            params.put("subject", query.subjectId());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.until() != null) {
            conditions.add("occurred_at < :until");
            params.put("until", Timestamp.from(query.until()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT * FROM audit_log" + where + " ORDER BY id DESC FETCH FIRST "
                        + Math.max(1, query.limit()) + " ROWS ONLY")
                .params(params).query((rs, n) -> map(rs)).list();
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
