package jp.tokyo.mcc.staff.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts ({@code app.staff.*}).
 *
 * @param bootstrapAdminUsername administrator created on a start with no accounts (APP_ADMIN_USERNAME)
 * @param bootstrapAdminPassword their password (APP_ADMIN_PASSWORD)
 * @param maxFailedAttempts      failed logins in a row before the account is locked
 * @param lockout                how long it stays locked
 */
@ConfigurationProperties(prefix = "app.staff")
public record StaffProperties(String bootstrapAdminUsername, String bootstrapAdminPassword,
                              @DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockout) {
}
