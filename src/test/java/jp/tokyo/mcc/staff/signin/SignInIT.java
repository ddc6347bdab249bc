package jp.tokyo.mcc.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;

/**
 * Sign-in: guessing is slowed per client address and per username, answered 429 the same way for usernames that
 * exist and ones that do not, while the real user still signs in from a browser they used before; the session cookie
 * is Secure and SameSite behind a TLS proxy (forwarded headers are honoured), and every answer carries a
 * Referrer-Policy. Each test comes from its own client address (X-Forwarded-For, from the loopback proxy) and
 * attacks its own usernames, so the rest of the suite signs in as usual. In tests a delay starts at 30 s.
 */
class SignInIT extends AbstractBotIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    /** The throttle's counts are in the database (shared, kept an hour): each run has addresses of its own. */
    private static final String RUN = Long.toHexString(System.nanoTime() & 0xffff);

    /** A client address of its own for each browser (the IPv6 documentation prefix). */
    private static String newAddress() {
        return "2001:db8:" + RUN + "::" + Integer.toHexString(ADDRESSES.incrementAndGet());
    }

    @Test
    void guessingAnAccountIsSlowedTheSameForKnownAndUnknownNamesWhileTheRealUserSignsInFromTheirBrowser() {
        StaffClient real = StaffClient.newCounsellor(port, "kubu");
        String unknown = "nobody-" + System.nanoTime();

        // the counsellor signed in from this browser before: it is known from then on
        Browser usual = new Browser(newAddress());
        assertThat(usual.login(real.username(), StaffClient.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(usual.setCookies()).anyMatch(c -> c.startsWith(TrustedDevices.COOKIE + "="));

        // someone guesses both names, from one address after another (the address throttle does not catch it)
        List<Integer> existing = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            existing.add(new Browser(newAddress()).basic("/api/inquiries", real.username(), "guess-" + i).statusCode());
            missing.add(new Browser(newAddress()).basic("/api/inquiries", unknown, "guess-" + i).statusCode());
        }
        assertThat(existing).containsExactly(401, 401, 401, 401, 401, 429, 429);
        assertThat(missing).as("no difference for a username that does not exist").isEqualTo(existing);
        HttpResponse<String> throttled = new Browser(newAddress()).basic("/api/inquiries", real.username(), "guess");
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isPositive());
        assertThat(throttled.body()).contains("too_many_attempts");

        // the right password from an unknown browser waits too (no one learns whether a guess was right)...
        assertThat(new Browser(newAddress()).login(real.username(), StaffClient.PASSWORD).statusCode()).isEqualTo(429);
        // ...but the counsellor's usual browser gets in
        HttpResponse<String> in = usual.login(real.username(), StaffClient.PASSWORD);
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElse("")).endsWith("/console");
        assertThat(usual.get("/console").statusCode()).isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedAndOthersAreNot() {
        Browser attacker = new Browser(newAddress());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            statuses.add(attacker.basic("/api/inquiries", "someone-" + System.nanoTime(), "guess").statusCode());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 22)).containsOnly(429);
        // the throttled address's form sign-in gets the wait page, in Japanese
        HttpResponse<String> form = attacker.login("someone-else", "guess");
        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(form.body()).contains("お待ちください");
        // another client is not held up
        assertThat(new Browser(newAddress()).basic("/api/inquiries", StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void behindATlsProxyTheCookiesAreSecureAndSameSiteAndEveryAnswerHasAReferrerPolicy() {
        StaffClient counsellor = StaffClient.newCounsellor(port, "tama");
        Browser browser = new Browser(newAddress(), "X-Forwarded-Proto", "https");
        HttpResponse<String> page = browser.get("/console/login");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        // the session cookie is Secure: a client on plain http (as this test is, behind the pretended proxy) does not
        // send it back by itself
        String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        HttpResponse<String> in = browser.send(browser.request("/console/login").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + counsellor.username() + "&password="
                        + StaffClient.PASSWORD + "&_csrf=" + StaffClient.Session.csrfToken(page.body()))).build());
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElse("")).as("the proxy's https").startsWith("https://");
        List<String> cookies = browser.setCookies();
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(cookies).filteredOn(c -> c.startsWith(TrustedDevices.COOKIE + "="))
                .singleElement().satisfies(c -> assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Strict"));
        assertThat(new Browser(newAddress()).basic("/api/inquiries", counsellor.username(), StaffClient.PASSWORD)
                .headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void aDisabledAccountAnswersAWrongPasswordLikeAnUnknownName() {
        StaffClient admin = StaffClient.admin(port);
        String name = "leaver-" + System.nanoTime();
        long id = admin.post("/api/staff", "{\"username\":\"" + name + "\",\"password\":\"" + StaffClient.PASSWORD
                + "\",\"center\":\"kubu\",\"role\":\"STAFF\"}").json().get("id").asLong();
        assertThat(admin.post("/api/staff/" + id + "/disable", null).status()).isEqualTo(200);
        HttpResponse<String> disabled = new Browser(newAddress()).basic("/api/inquiries", name, "wrong-guess");
        HttpResponse<String> unknown = new Browser(newAddress()).basic("/api/inquiries", "nobody-" + System.nanoTime(), "wrong-guess");
        assertThat(disabled.statusCode()).isEqualTo(401);
        assertThat(disabled.body()).isEqualTo(unknown.body());
    }

    /** A browser (or script) at one client address, as a TLS proxy on loopback would forward it. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final List<String> headers = new ArrayList<>();
        private final List<String> setCookies = new ArrayList<>();

        Browser(String address, String... more) {
            headers.addAll(List.of("X-Forwarded-For", address));
            headers.addAll(List.of(more));
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET().build());
        }

        HttpResponse<String> basic(String path, String username, String password) {
            return send(request(path).header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build());
        }

        HttpResponse<String> login(String username, String password) {
            String token = StaffClient.Session.csrfToken(get("/console/login").body());
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
            return send(request("/console/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        List<String> setCookies() {
            return setCookies;
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .headers(headers.toArray(String[]::new));
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                setCookies.addAll(response.headers().allValues("Set-Cookie"));
                return response;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
