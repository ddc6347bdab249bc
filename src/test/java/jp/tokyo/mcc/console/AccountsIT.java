package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.tokyo.mcc.staff.AuditEntry;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Accounts: an administrator resets a colleague's password to a one-time one, the colleague can do nothing before
 * choosing their own, then works with it; everyone changes their own password; refusals; all audited.
 */
class AccountsIT extends AbstractBotIT {

    @Autowired
    AuditLog audit;

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElse() {
        StaffClient counsellor = StaffClient.newCounsellor(port, "tama");
        long id = idOf(counsellor.username());
        StaffClient.Response reset = StaffClient.admin(port).post("/api/staff/" + id + "/reset-password", null);
        assertThat(reset.status()).isEqualTo(200);
        String oneTime = reset.json().get("temporaryPassword").asText();
        assertThat(oneTime).hasSize(16);
        assertThat(counsellor.get("/api/inquiries").status()).as("the old password is gone").isEqualTo(401);

        StaffClient withOneTime = new StaffClient(port, counsellor.username(), oneTime);
        StaffClient.Response blocked = withOneTime.get("/api/inquiries");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("error").asText()).isEqualTo("password_change_required");

        StaffClient.Session browser = new StaffClient.Session(port);
        browser.login(counsellor.username(), oneTime);
        HttpResponse<String> inquiryList = browser.get("/console");
        assertThat(inquiryList.statusCode()).isEqualTo(302);
        assertThat(inquiryList.headers().firstValue("Location").orElse("")).endsWith("/console/account/password");
        HttpResponse<String> page = browser.get("/console/account/password");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("仮のパスワード");
        String token = StaffClient.Session.csrfToken(page.body());

        // the same password twice is needed, and the current one
        assertThat(change(browser, token, oneTime, "matsu-kaede-6153", "matsu-kaede-6154").headers()
                .firstValue("Location").orElse("")).endsWith("/console/account/password");
        assertThat(change(browser, token, "wrong-one-1", "matsu-kaede-6153", "matsu-kaede-6153").headers()
                .firstValue("Location").orElse("")).endsWith("/console/account/password");
        assertThat(change(browser, token, oneTime, "short", "short").headers()
                .firstValue("Location").orElse("")).endsWith("/console/account/password");
        // the staff password policy applies to a chosen password too
        HttpResponse<String> weak = change(browser, token, oneTime, "admin-password-1", "admin-password-1");
        assertThat(weak.headers().firstValue("Location").orElse("")).endsWith("/console/account/password");
        assertThat(browser.get("/console/account/password").body()).contains("そのパスワードは使えません");
        HttpResponse<String> changed = change(browser, token, oneTime, "matsu-kaede-6153", "matsu-kaede-6153");
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/console");
        assertThat(browser.get("/console").statusCode()).isEqualTo(200);

        assertThat(new StaffClient(port, counsellor.username(), "matsu-kaede-6153").get("/api/inquiries").status()).isEqualTo(200);
        assertThat(withOneTime.get("/api/inquiries").status()).isEqualTo(401);
        List<String> actions = audit.about("staff", counsellor.username()).stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("PASSWORD_RESET", "PASSWORD_CHANGE");
        assertThat(audit.about("staff", counsellor.username())).allSatisfy(e ->
                assertThat(String.valueOf(e.detail())).doesNotContain(oneTime, "matsu-kaede-6153"));
    }

    @Test
    void aOneTimePasswordIsChangedThroughTheApiToo() {
        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        long id = idOf(counsellor.username());
        String oneTime = StaffClient.admin(port).post("/api/staff/" + id + "/reset-password", null).json()
                .get("temporaryPassword").asText();
        StaffClient withOneTime = new StaffClient(port, counsellor.username(), oneTime);
        assertThat(withOneTime.get("/api/inquiries").status()).isEqualTo(403);

        assertThat(StaffClient.anonymous(port).post("/api/account/password",
                "{\"currentPassword\":\"x\",\"newPassword\":\"tsubaki-nagisa-4471\"}").status()).isEqualTo(401);
        assertThat(withOneTime.post("/api/account/password", "{}").status()).isEqualTo(400);
        assertThat(withOneTime.post("/api/account/password",
                "{\"currentPassword\":\"not-the-one\",\"newPassword\":\"tsubaki-nagisa-4471\"}").status()).isEqualTo(403);
        StaffClient.Response weak = withOneTime.post("/api/account/password",
                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"admin-password-1\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(withOneTime.get("/api/inquiries").status()).as("still the one-time password").isEqualTo(403);

        StaffClient.Response changed = withOneTime.post("/api/account/password",
                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"tsubaki-nagisa-4471\"}");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(new StaffClient(port, counsellor.username(), "tsubaki-nagisa-4471").get("/api/inquiries").status())
                .isEqualTo(200);
        assertThat(withOneTime.get("/api/inquiries").status()).isEqualTo(401);
        assertThat(audit.about("staff", counsellor.username())).extracting(AuditEntry::action).contains("PASSWORD_CHANGE");
    }

    @Test
    void onlyAdministratorsResetAndNeverTheirOwn() {
        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        long colleague = idOf(StaffClient.newCounsellor(port, "kubu").username());
        assertThat(counsellor.post("/api/staff/" + colleague + "/reset-password", null).status()).isEqualTo(403);
        assertThat(StaffClient.anonymous(port).post("/api/staff/" + colleague + "/reset-password", null).status()).isEqualTo(401);
        StaffClient.Response own = StaffClient.admin(port).post("/api/staff/" + idOf(StaffClient.ADMIN) + "/reset-password", null);
        assertThat(own.status()).isEqualTo(400);
        assertThat(StaffClient.admin(port).post("/api/staff/999999/reset-password", null).status()).isEqualTo(404);
    }

    @Test
    void theAccountsPageResetsAColleaguesPasswordAndShowsItOnce() {
        String name = StaffClient.newCounsellor(port, "tama").username();
        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        String token = StaffClient.Session.csrfToken(admin.get("/console/admin/accounts").body());
        HttpResponse<String> reset = admin.postForm("/console/admin/accounts/" + idOf(name) + "/reset-password",
                "_csrf=" + token);
        assertThat(reset.statusCode()).isEqualTo(302);
        String shown = admin.get("/console/admin/accounts").body();
        assertThat(shown).contains("アカウント " + name + " の仮のパスワード");
        assertThat(admin.get("/console/admin/accounts").body()).as("shown once").doesNotContain("の仮のパスワード");
    }

    private static HttpResponse<String> change(StaffClient.Session browser, String token, String current, String next,
                                               String confirm) {
        return browser.postForm("/console/account/password", "_csrf=" + enc(token) + "&currentPassword=" + enc(current)
                + "&newPassword=" + enc(next) + "&confirmPassword=" + enc(confirm));
    }

    private long idOf(String username) {
        return StaffClient.admin(port).get("/api/staff").json().findParents("username").stream()
                .filter(n -> n.get("username").asText().equals(username)).findFirst().orElseThrow().get("id").asLong();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
