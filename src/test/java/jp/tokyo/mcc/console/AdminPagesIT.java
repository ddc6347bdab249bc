package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators' pages: both centers with a filter, accounts (create, disable), the audit log. */
class AdminPagesIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    @Test
    void administratorSeesBothCentersManagesAccountsAndReadsTheAuditLog() {
        HandoffReceipt kubu = desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.KUBU));
        HandoffReceipt tama = desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.TAMA));
        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);

        String both = admin.get("/console?tab=new").body();
        assertThat(both).contains(kubu.inquiryNumber(), tama.inquiryNumber(), "センター");
        String onlyTama = admin.get("/console?tab=new&center=tama").body();
        assertThat(onlyTama).contains(tama.inquiryNumber()).doesNotContain(kubu.inquiryNumber());

        // open one: the view is audited
        long id = StaffClient.admin(port).get("/api/inquiries/" + tama.inquiryNumber()).json().get("id").asLong();
        assertThat(admin.get("/console/inquiries/" + id).body()).contains(tama.inquiryNumber(), "八王子市");

        // accounts: create through the form, then disable
        HttpResponse<String> accounts = admin.get("/console/admin/accounts");
        assertThat(accounts.statusCode()).isEqualTo(200);
        String token = StaffClient.Session.csrfToken(accounts.body());
        String name = "form-" + System.nanoTime();
        HttpResponse<String> created = admin.postForm("/console/admin/accounts", "_csrf=" + token + "&username=" + name
                + "&displayName=" + URLEncoder.encode("多摩 花子", StandardCharsets.UTF_8)
                + "&password=mikan-tsubaki-58&role=STAFF&center=tama");
        assertThat(created.statusCode()).isEqualTo(302);
        String listed = admin.get("/console/admin/accounts").body();
        assertThat(listed).contains(name, "多摩 花子");
        StaffClient newcomer = new StaffClient(port, name, "mikan-tsubaki-58");
        assertThat(newcomer.get("/api/inquiries").json().findValuesAsText("center")).containsOnly("tama");
        long newId = StaffClient.admin(port).get("/api/staff").json().findParents("username").stream()
                .filter(n -> n.get("username").asText().equals(name)).findFirst().orElseThrow().get("id").asLong();
        admin.postForm("/console/admin/accounts/" + newId + "/disable", "_csrf=" + token);
        assertThat(newcomer.get("/api/inquiries").status()).isEqualTo(401);

        String audit = admin.get("/console/admin/audit").body();
        assertThat(audit).contains("監査ログ", "相談を開いた", "アカウントを作った", "アカウントを無効にした", "相談 #" + id);
    }

    @Test
    void inquiriesMadeOnTheSimulatorAreMarkedAsTrials() {
        HandoffReceipt trial = desk.open(Handoffs.request(jp.tokyo.mcc.simulator.SimulatedUsers.newId(), CenterId.KUBU));
        HandoffReceipt family = desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.KUBU));
        StaffClient api = StaffClient.admin(port);
        var trialJson = api.get("/api/inquiries/" + trial.inquiryNumber()).json();
        var familyJson = api.get("/api/inquiries/" + family.inquiryNumber()).json();
        assertThat(trialJson.get("simulated").asBoolean()).isTrue();
        assertThat(familyJson.has("simulated")).as("absent for a family's inquiry").isFalse();

        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        String list = admin.get("/console?tab=new").body();
        assertThat(rowOf(list, trial.inquiryNumber())).contains("class=\"simulated\"", "試用");
        assertThat(rowOf(list, family.inquiryNumber())).doesNotContain("simulated");
        assertThat(admin.get("/console/inquiries/" + trialJson.get("id").asLong()).body())
                .contains("ご家族からの相談ではありません");
        assertThat(admin.get("/console/inquiries/" + familyJson.get("id").asLong()).body())
                .doesNotContain("ご家族からの相談ではありません");
    }

    /** The inquiry list's card that shows this inquiry number. */
    private static String rowOf(String page, String number) {
        int at = page.indexOf(">" + number + "<");
        assertThat(at).as("card of " + number).isPositive();
        return page.substring(page.lastIndexOf("<li", at), page.indexOf("</li>", at));
    }
}
