package jp.tokyo.mcc.staff.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * unknown usernames (no enumeration). Failures are forgotten after a quiet spell. Counters live in this process.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    /** Each table keeps at most this many keys (the oldest failures are dropped first). */
    static final int MAX_KEYS = 20_000;

    private final SignInProperties properties;
    private final Clock clock;
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> devices = new ConcurrentHashMap<>();

    SignInThrottle(SignInProperties properties, Optional<Clock> clock) {
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One sign-in try: the client's address, the username tried, and the known browser it came from (or null). */
    public record Attempt(String address, String username, String trustedDevice) {

        String account() {
            return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        }
    }

    private record Failures(int count, Instant last) {
    }

    /** How long this try must wait; zero when it may go ahead. */
    public Duration waitFor(Attempt attempt) {
        Instant now = clock.instant();
        if (attempt.trustedDevice() != null) {
            Failures own = current(devices, attempt.trustedDevice(), properties.accountMemory(), now);
            if (own == null || own.count() < properties.freeDeviceFailures()) {
                return Duration.ZERO;
            }
        }
        Duration byAddress = wait(current(addresses, attempt.address(), properties.addressMemory(), now),
                properties.freeAddressFailures(), properties.maxAddressDelay(), now);
        Duration byAccount = wait(current(accounts, attempt.account(), properties.accountMemory(), now),
                properties.freeAccountFailures(), properties.maxAccountDelay(), now);
        return byAddress.compareTo(byAccount) >= 0 ? byAddress : byAccount;
    }

    /** A wrong password (or unknown username). */
    public void failed(Attempt attempt) {
        Instant now = clock.instant();
        count(addresses, attempt.address(), properties.addressMemory(), now);
        if (attempt.trustedDevice() != null && trusted(attempt, now)) {
            count(devices, attempt.trustedDevice(), properties.accountMemory(), now);
            return;
        }
        int failures = count(accounts, attempt.account(), properties.accountMemory(), now);
        if (failures == properties.freeAccountFailures()) {
            log.warn("sign-in to a staff account slowed down after {} failed tries from unknown browsers", failures);
        }
    }

    /** A correct password: a known browser's own failures are cleared (the address's and username's stay). */
    public void succeeded(Attempt attempt) {
        if (attempt.trustedDevice() != null) {
            devices.remove(attempt.trustedDevice());
        }
    }

    private boolean trusted(Attempt attempt, Instant now) {
        Failures own = current(devices, attempt.trustedDevice(), properties.accountMemory(), now);
        return own == null || own.count() < properties.freeDeviceFailures();
    }

    private Duration wait(Failures failures, int free, Duration max, Instant now) {
        if (failures == null || failures.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, failures.count() - free);
        Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        Duration left = Duration.between(now, failures.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Failures current(Map<String, Failures> table, String key, Duration memory, Instant now) {
        Failures failures = key == null ? null : table.get(key);
        return failures == null || failures.last().plus(memory).isBefore(now) ? null : failures;
    }

    private static int count(Map<String, Failures> table, String key, Duration memory, Instant now) {
        if (key == null) {
            return 0;
        }
        if (table.size() >= MAX_KEYS && !table.containsKey(key)) {
            makeRoom(table, memory, now);
        }
        return table.compute(key, (k, old) -> old == null || old.last().plus(memory).isBefore(now)
                ? new Failures(1, now) : new Failures(old.count() + 1, now)).count();
    }

    /** Drops forgotten failures, then the oldest tenth, so that a flood of new keys cannot grow the table. */
    private static void makeRoom(Map<String, Failures> table, Duration memory, Instant now) {
        table.entrySet().removeIf(e -> e.getValue().last().plus(memory).isBefore(now));
        if (table.size() >= MAX_KEYS) {
            table.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().last())).limit(MAX_KEYS / 10)
                    .map(Map.Entry::getKey).toList().forEach(table::remove);
        }
    }
}
