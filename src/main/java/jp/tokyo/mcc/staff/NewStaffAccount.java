package jp.tokyo.mcc.staff;

import jp.tokyo.mcc.directory.CenterId;

/**
 * An account an administrator creates.
 *
 * @param username    3-64 characters: letters, digits, . _ @ -
 * @param password    8-72 characters
 * @param displayName shown in the console (defaults to the username)
 * @param role        STAFF (needs a center) or ADMIN
 * @param center      the counsellor's center
 */
public record NewStaffAccount(String username, String password, String displayName, StaffRole role, CenterId center) {
}
