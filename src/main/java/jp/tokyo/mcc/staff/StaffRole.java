package jp.tokyo.mcc.staff;

import java.util.Locale;
import java.util.Optional;

/** What a staff member may do: a counsellor of one center, or an administrator of both. */
public enum StaffRole {
    /** A counsellor: sees and handles the inquiries of their own center. */
    STAFF,
    /** An administrator: both centers, accounts and the audit log. */
    ADMIN;

    public static Optional<StaffRole> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
