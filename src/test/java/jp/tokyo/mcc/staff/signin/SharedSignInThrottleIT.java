package jp.tokyo.mcc.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.tokyo.mcc.support.AbstractBotIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in throttle's counts are the database's, not a process's: a throttle that starts empty (as another
 * process behind the same load balancer would) sees the failures this process counted, and the failures it counts
 * hold this process's sign-ins back. Guessing spread over two processes gets the tries one would allow, not twice
 * as many. (ConsoleLiveUpdatesAcrossProcessesIT does the same with two real processes on PostgreSQL.) Only the keys'
 * SHA-256 is stored.
 */
class SharedSignInThrottleIT extends AbstractBotIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    SignInProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failuresCountedByOneProcessHoldTheOtherBack() throws Exception {
        SignInThrottle otherProcess = new SignInThrottle(properties, new SignInFailures(jdbc), Optional.empty());
        String username = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> statuses = new ArrayList<>();
        // free tries: 5 per username from unknown browsers, spread over both processes (a new address each time,
        // so only the username's count can hold them)
        for (int i = 0; i < properties.freeAccountFailures(); i++) {
            String address = "2001:db8::" + Integer.toHexString(Math.abs(UUID.randomUUID().hashCode() % 0xffff));
            if (i % 2 == 0) {
                statuses.add(basic(address, username, "guess-" + i).statusCode());
            } else {
                SignInThrottle.Attempt attempt = new SignInThrottle.Attempt(address, username, null);
                assertThat(otherProcess.waitFor(attempt)).isZero();
                otherProcess.failed(attempt);
            }
        }
        assertThat(statuses).containsOnly(401);
        // the next try waits, on this process and on the other
        HttpResponse<String> held = basic("2001:db8::beef", username, "guess-again");
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(otherProcess.waitFor(new SignInThrottle.Attempt("2001:db8::cafe", username, null)))
                .isGreaterThan(Duration.ZERO);
        // what is stored names no one
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_sign_in_failure WHERE key_hash = ? OR key_hash = ?")
                .params(username, "2001:db8::beef").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT failures FROM staff_sign_in_failure WHERE kind = 'ACCOUNT' AND key_hash = ?")
                .param(SignInFailures.hash(username)).query(Integer.class).single())
                .isEqualTo(properties.freeAccountFailures());
    }

    private HttpResponse<String> basic(String address, String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/inquiries"))
                .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
