package jp.tokyo.mcc.staff;

import java.time.Instant;

/** One line of the audit log: who did what to which record, and when. */
public record AuditEntry(long id, Instant at, String actor, String action, String subjectType, String subjectId,
                         String detail) {
}
