package jp.tokyo.mcc.staff.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff accounts ({@code app.staff.*}).
 *
 * @param bootstrapAdminUsername administrator created on a start with no accounts (APP_ADMIN_USERNAME)
 * @param bootstrapAdminPassword their password (APP_ADMIN_PASSWORD)
 * @see jp.tokyo.mcc.staff.signin.SignInProperties sign-in throttling ({@code app.staff.sign-in.*})
 */
@ConfigurationProperties(prefix = "app.staff")
public record StaffProperties(String bootstrapAdminUsername, String bootstrapAdminPassword) {
}
