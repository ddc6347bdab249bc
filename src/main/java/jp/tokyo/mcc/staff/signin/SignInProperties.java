package jp.tokyo.mcc.staff.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling ({@code app.staff.sign-in.*}, see {@link SignInThrottle}).
 *
 * @param freeAccountFailures failed sign-ins to one username (from browsers it does not know) before each further try
 *                            must wait
 * @param freeAddressFailures failed sign-ins from one client address before each further try must wait
 * @param firstDelay          the first wait, doubled with each further failure
 * @param maxAccountDelay     the longest wait for a username
 * @param maxAddressDelay     the longest wait for a client address
 * @param accountMemory       a username's failures are forgotten after this long without one
 * @param addressMemory       a client address's failures are forgotten after this long without one
 * @param freeDeviceFailures  failed sign-ins from a known browser before it counts as unknown
 * @param deviceLifetime      how long a browser stays known after its last sign-in
 */
@ConfigurationProperties(prefix = "app.staff.sign-in")
public record SignInProperties(
        @DefaultValue("5") int freeAccountFailures,
        @DefaultValue("20") int freeAddressFailures,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("10m") Duration maxAccountDelay,
        @DefaultValue("15m") Duration maxAddressDelay,
        @DefaultValue("24h") Duration accountMemory,
        @DefaultValue("1h") Duration addressMemory,
        @DefaultValue("10") int freeDeviceFailures,
        @DefaultValue("180d") Duration deviceLifetime) {
}
