package jp.tokyo.mcc.staff;

import java.time.Instant;

/**
 * Which audit entries to show; every part may be null (no condition).
 *
 * @param actor       who (exact username, or {@code family}, {@code retention}...)
 * @param action      what (the action's code, e.g. VIEW)
 * @param subjectType the kind of record (e.g. inquiry), with {@code subjectId}
 * @param subjectId   which record
 * @param from        at or after
 * @param until       before
 * @param limit       at most this many, newest first
 */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, Instant from,
                         Instant until, int limit) {

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
