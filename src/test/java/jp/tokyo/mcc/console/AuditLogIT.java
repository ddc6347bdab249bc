package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

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

/**
 * The audit log: one entry per real opening (a page's live refresh is not a view), in Japanese words, filtered by
 * who, what, when and inquiry, and exported as CSV (administrators only).
 */
class AuditLogIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    @Autowired
    AuditLog audit;

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void oneEntryPerOpeningInWordsFilteredAndExported() {
        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        HandoffReceipt receipt = desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.KUBU));
        long id = StaffClient.admin(port).get("/api/inquiries/" + receipt.inquiryNumber()).json().path("id").asLong();

        // opened once, refreshed live three times: one view
        StaffClient.Session session = new StaffClient.Session(port);
        session.login(counsellor.username(), StaffClient.PASSWORD);
        assertThat(session.get("/console/inquiries/" + id).statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(session.get("/console/inquiries/" + id + "/live").statusCode()).isEqualTo(200);
        }
        assertThat(audit.about("inquiry", String.valueOf(id)).stream()
                .filter(e -> e.actor().equals(counsellor.username()) && e.action().equals("VIEW"))).hasSize(1);
        assertThat(counsellor.post("/api/inquiries/" + id + "/claim", "").status()).isEqualTo(200);

        // in words, filtered by who, what, inquiry and day (Japan time)
        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        String byWho = admin.get("/console/admin/audit?who=" + counsellor.username()).body();
        assertThat(byWho).contains("相談を開いた", "担当になった", "相談 #" + id).doesNotContain(">VIEW<", ">CLAIM<");
        assertThat(byWho.split("<tr data-action=", -1)).hasSize(3);
        String claims = admin.get("/console/admin/audit?who=" + counsellor.username() + "&what=CLAIM").body();
        assertThat(claims.split("<tr data-action=", -1)).hasSize(2);
        String byInquiry = admin.get("/console/admin/audit?inquiry=" + receipt.inquiryNumber()).body();
        assertThat(byInquiry).contains("data-action=\"OPEN\"", "data-action=\"VIEW\"", "data-action=\"CLAIM\"",
                "<td>相談を受け付けた</td>").doesNotContain("data-action=\"ACCOUNT_CREATE\"");
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1).toString();
        assertThat(admin.get("/console/admin/audit?who=" + counsellor.username() + "&from=" + today + "&to=" + today)
                .body().split("<tr data-action=", -1)).hasSize(3);
        assertThat(admin.get("/console/admin/audit?who=" + counsellor.username() + "&from=" + tomorrow).body())
                .contains("条件にあう記録はありません");
        assertThat(admin.get("/console/admin/audit?inquiry=" + enc("K-1999-9999")).body())
                .contains("その相談は見つかりません");

        // CSV: the same selection, a header in words, UTF-8 with a byte order mark; the export is audited
        HttpResponse<String> csv = admin.get("/console/admin/audit.csv?who=" + counsellor.username());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF日時（日本時間）,だれが,なにを,対象,詳細");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains(counsellor.username(), "担当になった", "相談 #" + id, "CLAIM");
        assertThat(lines[2]).contains("相談を開いた", "VIEW");
        assertThat(audit.search(new jp.tokyo.mcc.staff.AuditQuery(StaffClient.ADMIN, "AUDIT_EXPORT", null, null, null,
                null, 5))).isNotEmpty();

        // counsellors have no audit log
        assertThat(session.get("/console/admin/audit.csv").statusCode()).isEqualTo(403);
    }
}
