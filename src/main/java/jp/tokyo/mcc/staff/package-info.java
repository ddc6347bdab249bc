/**
 * Staff: counsellor and administrator accounts (BCrypt, roles, centers, lock-out after repeated failures), the
 * bootstrap administrator, web security (HTTP Basic or console session for {@code /api/**}, form login for
 * {@code /console/**}) and the audit log. Others use {@link jp.tokyo.mcc.staff.StaffAccounts},
 * {@link jp.tokyo.mcc.staff.CurrentStaff} and {@link jp.tokyo.mcc.staff.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package jp.tokyo.mcc.staff;
