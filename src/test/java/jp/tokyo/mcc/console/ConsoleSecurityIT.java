package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may reach what: anonymous, counsellors of the other center, CSRF on sessions, throttled sign-in, admin-only accounts. */
class ConsoleSecurityIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    @Autowired
    AuditLog audit;

    private long tamaInquiry() {
        HandoffReceipt receipt = desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.TAMA));
        return StaffClient.admin(port).get("/api/inquiries/" + receipt.inquiryNumber()).json().get("id").asLong();
    }

    @Test
    void anonymousCallsAreRefused() {
        StaffClient anonymous = StaffClient.anonymous(port);
        StaffClient.Response list = anonymous.get("/api/inquiries");
        assertThat(list.status()).isEqualTo(401);
        assertThat(list.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(list.json().has("detail")).isTrue();
        assertThat(anonymous.post("/api/inquiries/1/claim", null).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/staff", "{}").status()).isEqualTo(401);
        assertThat(new StaffClient(port, "admin", "wrong-password").get("/api/inquiries").status()).isEqualTo(401);

        StaffClient.Session browser = new StaffClient.Session(port);
        HttpResponse<String> console = browser.get("/console");
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location").orElse("")).endsWith("/console/login");
        assertThat(browser.get("/console/admin/accounts").statusCode()).isEqualTo(302);
        assertThat(browser.get("/console/login").body()).contains("ログイン", "ユーザー名");
        assertThat(browser.get("/console/css/console.css").statusCode()).isEqualTo(200);
        assertThat(browser.get("/console/js/console.js").statusCode()).isEqualTo(200);
        assertThat(browser.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(browser.get("/actuator/env").statusCode()).isIn(401, 403, 404);
        HttpResponse<String> simulator = browser.get("/simulator");
        assertThat(simulator.statusCode()).as("not local mode in tests: administrators only").isEqualTo(302);
        assertThat(simulator.headers().firstValue("Location").orElse("")).endsWith("/console/login");
        assertThat(browser.get("/anything-else").headers().firstValue("Location")).as("no login redirect").isEmpty();
    }

    @Test
    void unknownApiPathsAnswerJsonErrors() {
        StaffClient.Response missing = StaffClient.admin(port).get("/api/inquiries/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
        StaffClient.Response bad = StaffClient.admin(port).get("/api/inquiries?status=SOMETIMES");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().has("detail")).isTrue();
    }

    @Test
    void aCounsellorSeesOnlyTheirOwnCenter() {
        long tamaId = tamaInquiry();
        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        StaffClient tama = StaffClient.newCounsellor(port, "tama");

        assertThat(kubu.get("/api/inquiries/" + tamaId).status()).isIn(403, 404);
        assertThat(kubu.post("/api/inquiries/" + tamaId + "/claim", null).status()).isIn(403, 404);
        assertThat(kubu.post("/api/inquiries/" + tamaId + "/messages", "{\"text\":\"x\"}").status()).isIn(403, 404);
        assertThat(kubu.post("/api/inquiries/" + tamaId + "/close", null).status()).isIn(403, 404);
        assertThat(kubu.post("/api/inquiries/" + tamaId + "/transfer", "{\"center\":\"kubu\"}").status()).isIn(403, 404);
        assertThat(kubu.get("/api/inquiries?center=tama").status()).isEqualTo(403);
        assertThat(kubu.get("/api/inquiries").json().findValuesAsText("center")).doesNotContain("tama");
        assertThat(tama.get("/api/inquiries/" + tamaId).status()).isEqualTo(200);
        assertThat(StaffClient.admin(port).get("/api/inquiries?center=tama").json().findValuesAsText("id"))
                .contains(String.valueOf(tamaId));

        // the pages follow the same rules
        StaffClient.Session browser = new StaffClient.Session(port);
        browser.login(kubu.username(), StaffClient.PASSWORD);
        HttpResponse<String> list = browser.get("/console");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("受付一覧");
        assertThat(browser.get("/console/inquiries/" + tamaId).statusCode()).isEqualTo(404);
        String token = StaffClient.Session.csrfToken(list.body());
        assertThat(browser.postForm("/console/inquiries/" + tamaId + "/claim", "_csrf=" + token).statusCode())
                .isEqualTo(404);
        assertThat(browser.get("/console/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(tama.get("/api/inquiries/" + tamaId).json().get("status").asText()).isEqualTo("NEW");
    }

    @Test
    void onlyAdministratorsCreateAccounts() {
        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        StaffClient.Response refused = kubu.post("/api/staff",
                "{\"username\":\"sneaky1\",\"password\":\"mikan-tsubaki-58\",\"center\":\"kubu\",\"role\":\"ADMIN\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");

        StaffClient admin = StaffClient.admin(port);
        String name = "new-" + System.nanoTime();
        StaffClient.Response created = admin.post("/api/staff",
                "{\"username\":\"" + name + "\",\"password\":\"mikan-tsubaki-58\",\"center\":\"tama\",\"role\":\"STAFF\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("center").asText()).isEqualTo("tama");
        assertThat(created.json().has("password")).isFalse();
        assertThat(admin.post("/api/staff", "{\"username\":\"" + name + "\",\"password\":\"mikan-tsubaki-58\","
                + "\"center\":\"tama\",\"role\":\"STAFF\"}").status()).isEqualTo(409);
        assertThat(admin.post("/api/staff", "{\"username\":\"x" + name + "\",\"password\":\"short\","
                + "\"center\":\"tama\",\"role\":\"STAFF\"}").status()).isEqualTo(400);
        assertThat(admin.post("/api/staff", "{\"username\":\"y" + name + "\",\"password\":\"mikan-tsubaki-58\","
                + "\"role\":\"STAFF\"}").status()).as("a counsellor needs a center").isEqualTo(400);
        assertThat(admin.post("/api/staff", "{\"username\":\"z" + name + "\",\"password\":\"mikan-tsubaki-58\","
                + "\"center\":\"tama\",\"role\":\"KING\"}").status()).isEqualTo(400);
        StaffClient newcomer = new StaffClient(port, name, "mikan-tsubaki-58");
        assertThat(newcomer.get("/api/inquiries").status()).isEqualTo(200);

        // disabled accounts lose access
        long id = created.json().get("id").asLong();
        assertThat(admin.post("/api/staff/" + id + "/disable", null).status()).isEqualTo(200);
        assertThat(newcomer.get("/api/inquiries").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresSlowDownFurtherTriesFromUnknownBrowsers() {
        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        StaffClient wrong = new StaffClient(port, kubu.username(), "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/inquiries").status()).isEqualTo(401);
        }
        StaffClient.Response slowed = kubu.get("/api/inquiries");
        assertThat(slowed.status()).as("right password, from a client that must wait first").isEqualTo(429);
        assertThat(slowed.json().get("error").asText()).isEqualTo("too_many_attempts");

        StaffClient.Session browser = new StaffClient.Session(port);
        assertThat(browser.login(kubu.username(), StaffClient.PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void sessionRequestsNeedTheCsrfToken() {
        long tamaId = tamaInquiry();
        StaffClient tama = StaffClient.newCounsellor(port, "tama");
        StaffClient.Session browser = new StaffClient.Session(port);
        HttpResponse<String> login = browser.login(tama.username(), StaffClient.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/console");

        // the session works for the API too
        assertThat(browser.get("/api/inquiries/" + tamaId).statusCode()).isEqualTo(200);
        HttpResponse<String> noToken = browser.postJson("/api/inquiries/" + tamaId + "/claim", "{}", null);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("csrf");
        assertThat(browser.postForm("/console/inquiries/" + tamaId + "/claim", "").statusCode()).isEqualTo(403);

        String token = StaffClient.Session.csrfToken(browser.get("/console/inquiries/" + tamaId).body());
        assertThat(browser.postJson("/api/inquiries/" + tamaId + "/claim", "{}", token).statusCode()).isEqualTo(200);

        // every view is audited
        assertThat(audit.about("inquiry", String.valueOf(tamaId)))
                .anyMatch(e -> e.actor().equals(tama.username()) && e.action().equals("VIEW"))
                .anyMatch(e -> e.actor().equals(tama.username()) && e.action().equals("CLAIM"));
    }
}
