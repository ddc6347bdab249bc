package jp.tokyo.mcc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.simulator.SimulatedUsers;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.PastInquiries;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports API: the CSV of inquiry counts (header, one row per month x center x category x municipality) and the
 * report's answer times in business hours, with the visibility rules: a counsellor their own center, an
 * administrator all, the anonymous nothing; inquiries made on the simulator are not counted; the FAQ's use in the
 * period, in counts. The inquiries are of 2004 (this test's own year: nothing else is there).
 */
class ReportsApiIT extends AbstractBotIT {

    static final int YEAR = 2004;
    static final String RANGE = "from=2004-03-01&to=2004-04-30";

    @Autowired
    CounsellorDesk desk;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inquiriesOf2004() {
        PastInquiries past = new PastInquiries(desk, jdbc);
        past.clearYear(YEAR);
        // 2004-03-01 is a Monday; the centers are open 9:00-17:00 on weekdays
        past.open(Webhooks.newUserId(), CenterId.KUBU, "退院後のこと", "練馬区",
                at(3, 1, 16, 0), at(3, 2, 10, 0));      // 1 h Monday + 1 h Tuesday = 2 h
        past.open(Webhooks.newUserId(), CenterId.KUBU, "退院後のこと", "練馬区",
                at(3, 2, 9, 30), at(3, 2, 9, 45));      // 15 min
        past.open(Webhooks.newUserId(), CenterId.KUBU, "その他", null,
                at(3, 5, 16, 30), at(3, 8, 9, 30));     // Friday 30 min + Monday 30 min = 1 h
        past.open(Webhooks.newUserId(), CenterId.KUBU, "退院後のこと", "練馬区",
                at(4, 12, 11, 0), null);                // not answered yet
        past.open(Webhooks.newUserId(), CenterId.TAMA, "保育園や学校のこと", "八王子市",
                at(3, 31, 23, 50), at(4, 1, 9, 5));     // Tokyo's March, UTC's March too; 5 min
        past.open(Webhooks.newUserId(), CenterId.KUBU, "退院後のこと", "練馬区",
                at(5, 1, 0, 0), null);                  // after the range
        past.open(Webhooks.newUserId(), CenterId.KUBU, "退院後のこと", "練馬区",
                at(2, 29, 23, 59), null);               // before the range
        past.open(SimulatedUsers.newId(), CenterId.KUBU, "退院後のこと", "練馬区",
                at(3, 3, 10, 0), at(3, 3, 10, 5));      // made on the simulator: not counted
    }

    @Test
    void theFaqsUseIsCountedForThePeriodWithoutFamiliesWords() {
        java.sql.Timestamp march = java.sql.Timestamp.from(at(3, 10, 12, 0).atZone(java.time.ZoneId.of("Asia/Tokyo"))
                .toInstant());
        for (String table : List.of("knowledge_faq_feedback", "knowledge_unanswered_question")) {
            jdbc.sql("DELETE FROM " + table + " WHERE created_at >= ? AND created_at < ?")
                    .params(java.sql.Timestamp.valueOf("2004-01-01 00:00:00"),
                            java.sql.Timestamp.valueOf("2005-01-01 00:00:00")).update();
        }
        long feedbackBefore = maxId("knowledge_faq_feedback");
        long questionsBefore = maxId("knowledge_unanswered_question");
        String unanswered = "うちの犬の散歩の時間" + System.nanoTime() % 100_000;
        FamilyChat family = new FamilyChat(port);
        family.follow();
        family.say(unanswered);
        assertThat(String.join("\n", family.say("受付時間を教えてください"))).contains("解決しましたか");
        family.tap("いいえ");
        FamilyChat other = new FamilyChat(port);
        other.follow();
        assertThat(String.join("\n", other.say("相談は無料ですか"))).contains("解決しましたか");
        other.tap("はい");
        // moved into this test's own March 2004
        jdbc.sql("UPDATE knowledge_faq_feedback SET created_at = ? WHERE id > ?").params(march, feedbackBefore).update();
        jdbc.sql("UPDATE knowledge_unanswered_question SET created_at = ? WHERE id > ?").params(march, questionsBefore)
                .update();

        for (StaffClient staff : List.of(StaffClient.admin(port), StaffClient.newCounsellor(port, "tama"))) {
            StaffClient.Response response = staff.get("/api/reports/inquiries?" + RANGE);
            JsonNode faq = response.json().path("faq");
            assertThat(faq.path("helpful").asLong()).isEqualTo(1);
            assertThat(faq.path("notHelpful").asLong()).isEqualTo(1);
            assertThat(faq.path("unanswered").asLong()).isEqualTo(1);
            assertThat(faq.path("entries").findValuesAsText("entryId")).containsExactly("center-hours", "center-free");
            assertThat(response.body()).doesNotContain(unanswered, family.userId(), other.userId());
        }
        JsonNode april = StaffClient.admin(port).get("/api/reports/inquiries?from=2004-04-01&to=2004-04-30").json()
                .path("faq");
        assertThat(april.path("helpful").asLong() + april.path("notHelpful").asLong() + april.path("unanswered")
                .asLong()).as("nothing outside the period").isZero();
    }

    private long maxId(String table) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table).query(Long.class).single();
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(YEAR, month, day, hour, minute);
    }

    @Test
    void anAdministratorGetsEveryCentersCountsAsCsv() {
        StaffClient.Response csv = StaffClient.admin(port).get("/api/reports/inquiries.csv?" + RANGE);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).matches("text/csv; ?charset=UTF-8");
        assertThat(csv.body().split("\r\n")).containsExactly(
                "month,center,category,municipality,count",
                "2004-03,kubu,その他,,1",
                "2004-03,kubu,退院後のこと,練馬区,2",
                "2004-03,tama,保育園や学校のこと,八王子市,1",
                "2004-04,kubu,退院後のこと,練馬区,1");
    }

    @Test
    void aCounsellorGetsTheirOwnCenterOnly() {
        StaffClient tama = StaffClient.newCounsellor(port, "tama");

        assertThat(tama.get("/api/reports/inquiries.csv?" + RANGE).body().split("\r\n")).containsExactly(
                "month,center,category,municipality,count",
                "2004-03,tama,保育園や学校のこと,八王子市,1");
        StaffClient.Response other = tama.get("/api/reports/inquiries.csv?" + RANGE + "&center=kubu");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().path("error").asText()).isEqualTo("forbidden");
        assertThat(tama.get("/api/reports/inquiries?" + RANGE + "&center=kubu").status()).isEqualTo(403);
        JsonNode own = tama.get("/api/reports/inquiries?" + RANGE).json();
        assertThat(own.path("centers").toString()).isEqualTo("[\"tama\"]");
        assertThat(own.path("total").asInt()).isEqualTo(1);
    }

    @Test
    void anAdministratorMayAskForOneCenter() {
        List<String> lines = List.of(StaffClient.admin(port)
                .get("/api/reports/inquiries.csv?" + RANGE + "&center=tama").body().split("\r\n"));
        assertThat(lines).containsExactly("month,center,category,municipality,count",
                "2004-03,tama,保育園や学校のこと,八王子市,1");
    }

    @Test
    void theAnonymousGet401() {
        assertThat(StaffClient.anonymous(port).get("/api/reports/inquiries.csv?" + RANGE).status()).isEqualTo(401);
        assertThat(StaffClient.anonymous(port).get("/api/reports/inquiries?" + RANGE).status()).isEqualTo(401);
    }

    @Test
    void badDatesAreRefusedWithAReason() {
        StaffClient admin = StaffClient.admin(port);
        StaffClient.Response bad = admin.get("/api/reports/inquiries.csv?from=2004-13-01&to=2004-12-31");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("detail").asText()).contains("YYYY-MM-DD");
        assertThat(admin.get("/api/reports/inquiries.csv?from=2004-05-01&to=2004-04-01").status()).isEqualTo(400);
        assertThat(admin.get("/api/reports/inquiries.csv?" + RANGE + "&center=osaka").status()).isEqualTo(400);
    }

    @Test
    void firstResponseTimesCountBusinessHoursOnly() {
        JsonNode report = StaffClient.admin(port).get("/api/reports/inquiries?" + RANGE).json();

        assertThat(report.path("total").asInt()).isEqualTo(5);
        JsonNode kubu = report.path("responseTimes").get(0);
        assertThat(kubu.path("center").asText()).isEqualTo("kubu");
        assertThat(kubu.path("answered").asInt()).isEqualTo(3);
        assertThat(kubu.path("unanswered").asInt()).isEqualTo(1);
        // 15 min, 1 h, 2 h: the median is the middle one, the 90th percentile (nearest rank 3 of 3) the longest
        assertThat(kubu.path("medianMinutes").asLong()).isEqualTo(60);
        assertThat(kubu.path("p90Minutes").asLong()).isEqualTo(120);
        JsonNode tama = report.path("responseTimes").get(1);
        assertThat(tama.path("medianMinutes").asLong()).isEqualTo(5);
        JsonNode all = report.path("responseTimes").get(2);
        assertThat(all.path("center").isNull()).isTrue();
        assertThat(all.path("answered").asInt()).isEqualTo(4);
        // 5 min, 15 min, 1 h, 2 h: the median is the mean of the two middle ones
        assertThat(all.path("medianMinutes").asLong()).isEqualTo(37);
        JsonNode march = report.path("monthly").get(0);
        assertThat(march.path("month").asText()).isEqualTo("2004-03");
        assertThat(march.path("centers").path("kubu").asInt()).isEqualTo(3);
        assertThat(march.path("centers").path("tama").asInt()).isEqualTo(1);
    }
}
