package jp.tokyo.mcc.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static jp.tokyo.mcc.support.LineApiStub.PUSH;
import static jp.tokyo.mcc.support.LineApiStub.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import jp.tokyo.mcc.conversation.FlowStatus;
import jp.tokyo.mcc.line.DeliveryReport;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import jp.tokyo.mcc.support.AbstractBotIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators see what LINE refused (without user id or text), send it again with the same retry key, and see the live flows. */
class FailedDeliveriesIT extends AbstractBotIT {

    private static final String PAGE = "/console/admin/deliveries";

    @Autowired
    Outbox outbox;

    @Autowired
    DeliveryReport report;

    @Autowired
    FlowStatus flows;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void administratorSeesARefusedPushAndSendsItAgainWithTheSameRetryKey() throws Exception {
        String user = Webhooks.newUserId();
        String text = "おくれなかった本文-" + System.nanoTime();
        StubMapping refuse = LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(user))
                .atPriority(1).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"The request body has 1 error(s)\"}")));
        long failedBefore = report.counts().failed();

        long id = outbox.push(user, List.of(new OutgoingMessage.Text(text)), Outbox.Origin.STAFF).get(0);
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(id)));
        String firstKey = requests(PUSH, user).get(0).getHeader("X-Line-Retry-Key");
        assertThat(firstKey).isNotBlank();

        DeliveryReport.FailedDelivery failed = report.failed(1000).stream().filter(f -> f.batchId() == id)
                .findFirst().orElseThrow();
        assertThat(failed.origin()).isEqualTo(Outbox.Origin.STAFF);
        assertThat(failed.httpStatus()).isEqualTo(400);
        assertThat(failed.chatRef()).isEqualTo(sha256Prefix(user)).hasSize(8);
        assertThat(report.counts().failed()).isGreaterThan(failedBefore);

        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        assertThat(admin.get("/console").body()).contains(PAGE, "送信できなかったメッセージ", "/console/admin/flows");
        HttpResponse<String> page = admin.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("送信できなかったメッセージ", "id=\"delivery-" + id + "\"", "#" + id,
                        "HTTP 400", sha256Prefix(user), "相談員", "再送する")
                .doesNotContain(user, text);

        // LINE accepts again; the administrator sends it once more
        LineApiStub.server().removeStub(refuse);
        HttpResponse<String> retried = admin.postForm(PAGE + "/" + id + "/retry",
                "_csrf=" + StaffClient.Session.csrfToken(page.body()));
        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(retried.headers().firstValue("Location").orElse("")).endsWith(PAGE);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(id)));
        assertThat(requests(PUSH, user)).hasSize(2)
                .allSatisfy(r -> assertThat(r.getHeader("X-Line-Retry-Key")).isEqualTo(firstKey));
        assertThat(LineApiStub.texts(requests(PUSH, user).get(1))).containsExactly(text);
        assertThat(audit.about("delivery", String.valueOf(id)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("DELIVERY_RETRY"));
        assertThat(admin.get(PAGE).body()).doesNotContain("id=\"delivery-" + id + "\"");

        // a batch that is not FAILED (any more) is not sent again
        assertThat(report.retry(id)).isFalse();
        HttpResponse<String> again = admin.postForm(PAGE + "/" + id + "/retry",
                "_csrf=" + StaffClient.Session.csrfToken(page.body()));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(admin.get(PAGE).body()).contains("再送できません");
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(requests(PUSH, user)).hasSize(2);
    }

    @Test
    void theStatusPageShowsTheFaqAndSafetyPhrasesInUse() {
        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        String page = admin.get("/console/admin/flows").body();
        for (String id : List.of("canned-replies", "centers", "faq", "safety-words", "safety-context", "safety-emergency",
                "safety-crisis", "safety-urgent", "safety-disaster", "safety-preparation")) {
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr id=\"files-" + id
                    + "\"[^>]*>\\s*<td>([^<]+)</td>\\s*<td>(\\d+)</td>.*?</tr>", java.util.regex.Pattern.DOTALL).matcher(page);
            assertThat(row.find()).as(id).isTrue();
            assertThat(Integer.parseInt(row.group(2))).as(id + " live").isPositive();
            assertThat(row.group(0)).as(id).contains("ありません").doesNotContain("has-problems");
        }
        assertThat(page).contains("centers.yaml", "FAQ（よくある質問）", "安全確認：緊急のしるし（safety/emergency.yaml）",
                        "安全確認：心の危機のしるし（safety/crisis.yaml）", "安全確認：言葉のなかま（safety/words.yaml）")
                .doesNotContain("まだこの画面に表示できません");
    }

    @Test
    void onlyAdministratorsReachTheStatusPages() {
        StaffClient.Session anonymous = new StaffClient.Session(port);
        for (String path : List.of(PAGE, "/console/admin/flows")) {
            HttpResponse<String> refused = anonymous.get(path);
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/console/login");
        }

        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        StaffClient.Session staff = new StaffClient.Session(port);
        staff.login(counsellor.username(), StaffClient.PASSWORD);
        HttpResponse<String> console = staff.get("/console");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).doesNotContain(PAGE);
        assertThat(staff.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(staff.get("/console/admin/flows").statusCode()).isEqualTo(403);
        assertThat(staff.postForm(PAGE + "/1/retry", "_csrf=" + StaffClient.Session.csrfToken(console.body()))
                .statusCode()).isEqualTo(403);

        // a session post without the CSRF token is refused even for the administrator
        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        assertThat(admin.postForm(PAGE + "/1/retry", "").statusCode()).isEqualTo(403);
    }

    @Test
    void administratorSeesTheLiveFlowVersions() {
        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        HttpResponse<String> page = admin.get("/console/admin/flows");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(flows.liveVersions()).containsKeys("intake", "handoff");
        assertThat(page.body()).contains("フロー・FAQの状態", "id=\"flow-intake\"", "id=\"flow-handoff\"",
                flows.liveVersions().get("intake"), flows.liveVersions().get("handoff"));
        if (flows.problems().isEmpty()) {
            assertThat(page.body()).contains("すべてのフローファイルが書かれたとおりに公開されています");
        }
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM line_outbox_batch WHERE id = ?").param(id).query(String.class).single();
    }

    private static String sha256Prefix(String s) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, 8);
    }
}
