package jp.tokyo.mcc.staff.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.staff.signin.SignInFailures.Count;
import jp.tokyo.mcc.staff.signin.SignInFailures.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking the real user out (no CAPTCHA, no hard lock that anyone could set off):
 * <ul>
 * <li>per client address: after {@code freeAddressFailures} failed sign-ins, each further try waits a delay that
 *     doubles with every failure (1 s, 2 s, 4 s... at most {@code maxAddressDelay});</li>
 * <li>per username, for tries from browsers that never signed in to it: the same after {@code freeAccountFailures}
 *     (at most {@code maxAccountDelay}), so guessing from many addresses is slowed too;</li>
 * <li>a browser that signed in to the username before (its device cookie, {@link TrustedDevices}) is not held by
 *     either: the real user signs in from their usual browser while someone else guesses. Such a browser counts its
 *     own failures and after {@code freeDeviceFailures} is treated as unknown.</li>
 * </ul>
 * A try that must wait is answered 429 with Retry-After before the password is looked at, the same way for known and
 * unknown usernames (no enumeration). Failures are forgotten after a quiet spell. The counts are in the database
 * ({@link SignInFailures}), shared by every process: behind a load balancer a guesser gets no more tries than from one.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInProperties properties;
    private final SignInFailures failures;
    private final Clock clock;

    SignInThrottle(SignInProperties properties, SignInFailures failures, Optional<Clock> clock) {
        this.properties = properties;
        this.failures = failures;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One sign-in try: the client's address, the username tried, and the known browser it came from (or null). */
    public record Attempt(String address, String username, String trustedDevice) {

        String account() {
            return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        }
    }

    /** How long this try must wait; zero when it may go ahead. */
    public Duration waitFor(Attempt attempt) {
        Instant now = clock.instant();
        Map<Kind, String> keys = new EnumMap<>(Kind.class);
        keys.put(Kind.ADDRESS, attempt.address());
        keys.put(Kind.ACCOUNT, attempt.account());
        keys.put(Kind.DEVICE, attempt.trustedDevice());
        Map<Kind, Count> counts = failures.read(keys);
        if (attempt.trustedDevice() != null) {
            Count own = current(counts.get(Kind.DEVICE), Kind.DEVICE, now);
            if (own == null || own.failures() < properties.freeDeviceFailures()) {
                return Duration.ZERO;
            }
        }
        Duration byAddress = wait(current(counts.get(Kind.ADDRESS), Kind.ADDRESS, now), properties.freeAddressFailures(),
                properties.maxAddressDelay(), now);
        Duration byAccount = wait(current(counts.get(Kind.ACCOUNT), Kind.ACCOUNT, now), properties.freeAccountFailures(),
                properties.maxAccountDelay(), now);
        return byAddress.compareTo(byAccount) >= 0 ? byAddress : byAccount;
    }

    /** A wrong password (or unknown username). */
    public void failed(Attempt attempt) {
        Instant now = clock.instant();
        count(Kind.ADDRESS, attempt.address(), now);
        if (attempt.trustedDevice() != null && trusted(attempt, now)) {
            count(Kind.DEVICE, attempt.trustedDevice(), now);
            return;
        }
        int failed = count(Kind.ACCOUNT, attempt.account(), now);
        if (failed == properties.freeAccountFailures()) {
            log.warn("sign-in to a staff account slowed down after {} failed tries from unknown browsers", failed);
        }
    }

    /** A correct password: a known browser's own failures are cleared (the address's and username's stay). */
    public void succeeded(Attempt attempt) {
        if (attempt.trustedDevice() != null) {
            failures.forget(Kind.DEVICE, attempt.trustedDevice());
        }
    }

    /** Deletes the failures every process has forgotten (the table stays as small as the guessing of the last day). */
    @Scheduled(fixedDelayString = "${app.staff.sign-in.purge-interval:10m}", initialDelayString = "${app.staff.sign-in.purge-interval:10m}")
    void purge() {
        Instant now = clock.instant();
        try {
            for (Kind kind : Kind.values()) {
                failures.purge(kind, now.minus(memory(kind)));
            }
        } catch (DataAccessException e) {
            log.warn("forgotten sign-in failures not purged: {}", e.getClass().getSimpleName());
        }
    }

    private boolean trusted(Attempt attempt, Instant now) {
        Map<Kind, String> key = new EnumMap<>(Kind.class);
        key.put(Kind.DEVICE, attempt.trustedDevice());
        Count own = current(failures.read(key).get(Kind.DEVICE), Kind.DEVICE, now);
        return own == null || own.failures() < properties.freeDeviceFailures();
    }

    private Duration wait(Count count, int free, Duration max, Instant now) {
        if (count == null || count.failures() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, count.failures() - free);
        Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        Duration left = Duration.between(now, count.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Count current(Count count, Kind kind, Instant now) {
        return count == null || count.last().plus(memory(kind)).isBefore(now) ? null : count;
    }

    private int count(Kind kind, String key, Instant now) {
        return key == null ? 0 : failures.count(kind, key, now, now.minus(memory(kind)));
    }

    private Duration memory(Kind kind) {
        return kind == Kind.ADDRESS ? properties.addressMemory() : properties.accountMemory();
    }
}
