package jp.tokyo.mcc.staff;

import java.time.Instant;

import jp.tokyo.mcc.directory.CenterId;

/**
 * A staff account as the rest of the application sees it (never with its password).
 *
 * @param id          account id
 * @param username    login name
 * @param displayName name shown in the console and the transcript
 * @param role        STAFF or ADMIN
 * @param center      the counsellor's center (may be null for an administrator)
 * @param enabled     false once an administrator disabled it
 * @param lockedUntil locked after repeated failed logins until then (null: not locked)
 * @param passwordChangeRequired the password was set by someone else (a one-time password): they must choose their
 *                               own before anything else
 */
public record StaffMember(long id, String username, String displayName, StaffRole role, CenterId center,
                          boolean enabled, Instant lockedUntil, boolean passwordChangeRequired) {

    public StaffMember(long id, String username, String displayName, StaffRole role, CenterId center, boolean enabled,
                       Instant lockedUntil) {
        this(id, username, displayName, role, center, enabled, lockedUntil, false);
    }

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }

    /** Administrators see both centers; a counsellor only their own. */
    public boolean canSee(CenterId inquiryCenter) {
        return isAdmin() || (center != null && center == inquiryCenter);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
