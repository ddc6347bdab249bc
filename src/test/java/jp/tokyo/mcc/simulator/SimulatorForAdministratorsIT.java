package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * With a channel secret (the shared test context) the simulator is for administrators only: the anonymous are sent to
 * the console login (page) or get 401 (its API), counsellors get 403, and its Messaging API stand-in answers only the
 * bot's own client. Nothing leads {@code /} to it, and the SDK paths {@code /v2/bot/**} stay closed.
 */
class SimulatorForAdministratorsIT extends AbstractBotIT {

    private static final String PUSH = "{\"to\":\"Usim0\",\"messages\":[{\"type\":\"text\",\"text\":\"x\"}]}";

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSimulatorIsThereButNotItsLocalModeRedirect() {
        assertThat(context.getBeansOfType(SimulatedChats.class)).hasSize(1);
        assertThat(context.getBeansOfType(MessagingApiStandIn.class)).hasSize(1);
        assertThat(context.getBeansOfType(RootRedirect.class)).isEmpty();
    }

    @Test
    void theAnonymousAreSentToTheLoginOrRefused() throws Exception {
        HttpResponse<String> page = get("/simulator", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/console/login");

        HttpResponse<String> api = get("/simulator/api/users", null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("\"error\":\"unauthorized\"");
        assertThat(post("/simulator/api/users", "{\"name\":\"x\"}", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> root = get("/", null);
        assertThat(root.statusCode()).isEqualTo(404);
        assertThat(root.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void signingInFromTheSimulatorLeadsBackToIt() {
        StaffClient.Session browser = new StaffClient.Session(port);
        HttpResponse<String> page = browser.get("/simulator");
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/console/login");
        // an htmx fragment or a live stream asked for meanwhile is not a page to come back to
        browser.get("/console", "HX-Request", "true");
        browser.get("/console/events", "Accept", "text/event-stream");

        HttpResponse<String> login = browser.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        String back = login.headers().firstValue("Location").orElse("");
        assertThat(URI.create(back).getPath()).isEqualTo("/simulator");
        assertThat(browser.get(URI.create(back).getRawPath() + "?" + URI.create(back).getRawQuery()).statusCode())
                .isEqualTo(200);

        // without a page asked for first, signing in lands on the console
        StaffClient.Session direct = new StaffClient.Session(port);
        assertThat(direct.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD).headers().firstValue("Location")
                .orElse("")).endsWith("/console");
    }

    @Test
    void counsellorsAreRefused() throws Exception {
        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        String basic = basic(counsellor.username(), StaffClient.PASSWORD);
        assertThat(get("/simulator", basic).statusCode()).isEqualTo(403);
        HttpResponse<String> api = get("/simulator/api/users", basic);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("\"error\":\"forbidden\"");
        assertThat(post("/simulator/api/users", "{\"name\":\"x\"}", basic, null).statusCode()).isEqualTo(403);
    }

    @Test
    void administratorsUseIt() throws Exception {
        String basic = basic(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        HttpResponse<String> page = get("/simulator", basic);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("管理者用").doesNotContain("ローカルモード");
        assertThat(get("/simulator/simulator.js", basic).statusCode()).isEqualTo(200);

        HttpResponse<String> created = post("/simulator/api/users", "{\"name\":\"管理者テスト\"}", basic, null);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"id\":\"Usim");
        assertThat(get("/simulator/api/users", basic).body()).contains("管理者テスト");
    }

    @Test
    void aSignedInAdministratorsPagePostsCarryTheCsrfToken() {
        StaffClient.Session browser = new StaffClient.Session(port);
        browser.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        HttpResponse<String> page = browser.get("/simulator");
        assertThat(page.statusCode()).isEqualTo(200);
        String token = StaffClient.Session.csrfToken(page.body());

        assertThat(browser.postJson("/simulator/api/users", "{\"name\":\"CSRFなし\"}", null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> created = browser.postJson("/simulator/api/users", "{\"name\":\"CSRFあり\"}", token);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(browser.get("/simulator/api/users").body()).contains("CSRFあり").doesNotContain("CSRFなし");
    }

    @Test
    void theStandInAnswersOnlyTheBotsOwnClient() throws Exception {
        String admin = basic(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        for (String path : new String[] {"/simulator/line-api/v2/bot/message/push", "/v2/bot/message/push"}) {
            assertThat(post(path, PUSH, null, null).statusCode()).as(path).isIn(401, 403, 404);
            assertThat(post(path, PUSH, null, "not-the-key").statusCode()).as(path).isIn(401, 403, 404);
        }
        assertThat(post("/simulator/line-api/v2/bot/message/push", PUSH, admin, null).statusCode())
                .as("not even for administrators").isEqualTo(403);
        assertThat(post("/v2/bot/message/push", PUSH, admin, null).statusCode()).isIn(403, 404);

        // with this process's key, over loopback (as the line module's client calls it): the stand-in answers
        String key = context.getBean(SimulatorStandInKey.class).value();
        HttpResponse<String> unknownUser = post("/v2/bot/message/push", PUSH, null, key);
        assertThat(unknownUser.statusCode()).isEqualTo(400);
        assertThat(unknownUser.body()).contains("'to'");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String authorization, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        // the stand-in wants a bearer token like LINE; Basic credentials take the Authorization header otherwise
        request.header("Authorization", authorization != null ? authorization : "Bearer some-token");
        if (key != null) {
            request.header(SimulatorStandInKey.HEADER, key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
