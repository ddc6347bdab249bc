package jp.tokyo.mcc.staff.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Browsers a staff member has signed in from (OWASP's "device cookies"): after a successful sign-in on the console the
 * browser gets a random cookie ({@value #COOKIE}: HttpOnly, SameSite=Strict, Secure behind TLS) that names it; the
 * table {@code staff_trusted_device} keeps the cookie's SHA-256 and the username. A sign-in from such a browser to
 * that username passes the per-account throttle ({@link SignInThrottle}). Each username keeps its newest
 * {@value #PER_USER} browsers.
 */
@Repository
public class TrustedDevices {

    public static final String COOKIE = "MCC_DEVICE";
    static final int PER_USER = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final SignInProperties properties;
    private final Clock clock;

    TrustedDevices(JdbcClient jdbc, SignInProperties properties, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The browser's device key (the cookie's hash) when it signed in to this username before, else null. */
    public String trustedFor(HttpServletRequest request, String username) {
        String token = cookie(request);
        if (token == null || username == null || username.isBlank()) {
            return null;
        }
        String hash = sha256(token);
        Instant since = clock.instant().minus(properties.deviceLifetime());
        boolean known = jdbc.sql("SELECT COUNT(*) FROM staff_trusted_device WHERE token_hash = ? AND LOWER(username) = ? "
                        + "AND last_used_at > ?")
                .param(hash).param(username.trim().toLowerCase(java.util.Locale.ROOT)).param(Timestamp.from(since))
                .query(Long.class).single() > 0;
        return known ? hash : null;
    }

    /** After a successful sign-in: the browser is known from now on (its cookie is kept, or a new one is set). */
    public void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        Instant now = clock.instant();
        String token = cookie(request);
        if (token != null && jdbc.sql("UPDATE staff_trusted_device SET last_used_at = ? WHERE token_hash = ? AND username = ?")
                .param(Timestamp.from(now)).param(sha256(token)).param(username).update() == 1) {
            return;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("INSERT INTO staff_trusted_device (username, token_hash, created_at, last_used_at) VALUES (?,?,?,?)")
                .param(username).param(sha256(token)).param(Timestamp.from(now)).param(Timestamp.from(now)).update();
        jdbc.sql("DELETE FROM staff_trusted_device WHERE username = ? AND id NOT IN (SELECT id FROM staff_trusted_device "
                        + "WHERE username = ? ORDER BY last_used_at DESC, id DESC FETCH FIRST " + PER_USER + " ROWS ONLY)")
                .param(username).param(username).update();
        ResponseCookie cookie = ResponseCookie.from(COOKIE, token).httpOnly(true).secure(request.isSecure())
                .sameSite("Strict").path("/").maxAge(properties.deviceLifetime()).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= 64) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
