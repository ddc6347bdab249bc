/**
 * Staff: counsellor and administrator accounts (BCrypt, roles, centers, lock-out after repeated failures), the
 * bootstrap administrator, who is signed in, and the audit log (the security chains themselves are the security
 * module's). Others use {@link jp.tokyo.mcc.staff.StaffAccounts},
 * {@link jp.tokyo.mcc.staff.CurrentStaff} and {@link jp.tokyo.mcc.staff.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package jp.tokyo.mcc.staff;
