package jp.tokyo.mcc.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operations surface (docs/runbook.md): the public port answers health and its probes with the status only and
 * serves metrics to this machine's own clients only; the management port serves /actuator/prometheus with the mcc_ metrics, which move with what the
 * bot does (a family's emergency message: a safety tier, a reply delivered, the handling time; an event left waiting
 * in the inbox: the backlog gauges).
 */
class OperationsEndpointsIT extends AbstractBotIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublicPortAnswersHealthWithTheStatusOnlyAndMetricsOnlyToThisMachine() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> answer = get(port, path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
        // metrics on the public port: for a client on this machine only, never one a proxy forwards
        HttpResponse<String> local = get(port, "/actuator/prometheus");
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.body()).contains("mcc_inbox_pending");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("X-Forwarded-For", "203.0.113.9").GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(404);
        assertThat(get(port, "/actuator/health/db").statusCode()).isEqualTo(404);
        assertThat(get(port, "/actuator/metrics").statusCode()).isIn(401, 403, 404);
        // the management port has the probes too, readiness with the database in it
        assertThat(get(managementPort, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"")
                .contains("\"db\"").contains("\"readinessState\"");
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void theManagementPortServesTheMetricsThatMoveWithWhatTheBotDoes() throws Exception {
        String before = metrics();
        for (String name : new String[] {"mcc_inbox_pending", "mcc_inbox_oldest_age_seconds", "mcc_outbox_pending",
                "mcc_outbox_oldest_age_seconds", "mcc_outbox_failed", "mcc_inbox_failed", "mcc_line_requests_total",
                "mcc_line_delivered_total", "mcc_event_handling_seconds_count", "mcc_event_latency_seconds_bucket",
                "mcc_safety_tiers_total"}) {
            assertThat(before).as(name).contains(name);
        }
        double emergencies = value(before, "mcc_safety_tiers_total{tier=\"emergency\"}");
        // by reply, or by push when the test's short-lived token (3 s) ran out on a loaded machine
        double delivered = delivered(before);
        double sentOk = sentOk(before);
        double handled = value(before, "mcc_event_handling_seconds_count");

        FamilyChat family = new FamilyChat(port);
        assertThat(family.say("子どもが息をしていません")).anyMatch(t -> t.contains("119"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String after = metrics();
            assertThat(value(after, "mcc_safety_tiers_total{tier=\"emergency\"}")).isEqualTo(emergencies + 1);
            assertThat(delivered(after)).isGreaterThan(delivered);
            assertThat(sentOk(after)).isGreaterThan(sentOk);
            assertThat(value(after, "mcc_event_handling_seconds_count")).isGreaterThan(handled);
        });
        // the family's words and user id are never in the metrics
        assertThat(metrics()).doesNotContain(family.userId()).doesNotContain("息");
    }

    @Test
    void theBacklogGaugesShowAnEventThatWaits() throws Exception {
        // an event stored long ago and never handled (the sweeper runs hourly in the tests)
        String eventId = "ops-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO line_inbox_event (webhook_event_id, event_type, source_type, chat_id, user_id, mode, "
                        + "redelivery, reply_token, event_timestamp, received_at, payload, status, attempts) "
                        + "VALUES (?, 'message', 'USER', ?, ?, 'active', FALSE, NULL, ?, ?, '{}', 'PENDING', 0)")
                .params(eventId, "Uops" + eventId.hashCode(), "Uops" + eventId.hashCode(),
                        System.currentTimeMillis() - 600_000, Timestamp.from(Instant.now().minusSeconds(600)))
                .update();
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                String now = metrics();
                assertThat(value(now, "mcc_inbox_pending")).isGreaterThanOrEqualTo(1);
                assertThat(value(now, "mcc_inbox_oldest_age_seconds")).isGreaterThanOrEqualTo(600);
            });
        } finally {
            jdbc.sql("DELETE FROM line_inbox_event WHERE webhook_event_id = ?").param(eventId).update();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(value(metrics(), "mcc_inbox_oldest_age_seconds")).isLessThan(600));
    }

    private static double delivered(String metrics) {
        return value(metrics, "mcc_line_delivered_total{via=\"reply\"}") + value(metrics, "mcc_line_delivered_total{via=\"push\"}");
    }

    private static double sentOk(String metrics) {
        return value(metrics, "mcc_line_requests_total{kind=\"reply\",outcome=\"ok\"}")
                + value(metrics, "mcc_line_requests_total{kind=\"push\",outcome=\"ok\"}");
    }

    private String metrics() throws Exception {
        HttpResponse<String> answer = get(managementPort, "/actuator/prometheus");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static double value(String exposition, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + "(?:\\{[^}]*})? ([0-9.eE+-]+|NaN)$")
                .matcher(exposition);
        if (!m.find()) {
            // a series with labels is written with all of them; find by its labels as a prefix
            int brace = series.indexOf('{');
            String name = brace < 0 ? series : series.substring(0, brace);
            String labels = brace < 0 ? "" : series.substring(brace + 1, series.length() - 1);
            Matcher any = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} ([0-9.eE+-]+|NaN)$").matcher(exposition);
            while (any.find()) {
                if (any.group(1).contains(labels)) {
                    return Double.parseDouble(any.group(2));
                }
            }
            throw new AssertionError("no series " + series);
        }
        return Double.parseDouble(m.group(1));
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
