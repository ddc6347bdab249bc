/**
 * The staff console (Thymeleaf + htmx pages under {@code /console}, live updates by server-sent events) and the
 * staff JSON API ({@code /api/inquiries}, {@code /api/staff}; docs/contract.md). Thin controllers over
 * {@link jp.tokyo.mcc.inquiry.Inquiries} and {@link jp.tokyo.mcc.staff.StaffAccounts}; offers nothing to others.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff console and API")
package jp.tokyo.mcc.console;
