package jp.tokyo.mcc.staff;

import java.util.List;

/**
 * Who viewed or changed what, kept for administrators. Never put family message text or LINE user ids in
 * {@code detail}.
 */
public interface AuditLog {

    void record(String actor, String action, String subjectType, String subjectId, String detail);

    /** The newest entries first. */
    List<AuditEntry> recent(int limit);

    /** The entries that match, newest first. */
    List<AuditEntry> search(AuditQuery query);

    /** The entries about one record, oldest first. */
    List<AuditEntry> about(String subjectType, String subjectId);
}
