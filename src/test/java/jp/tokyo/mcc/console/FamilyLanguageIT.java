package jp.tokyo.mcc.console;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A family whose LINE is in English: the hand-off in English, the inquiry's fields in Japanese for staff, the console
 * labels the inquiry "English" so the counsellor answers in it, what the inquiry sends the family (closing) is English,
 * and the status page lists the languages' missing translations (none in the shipped files).
 */
class FamilyLanguageIT extends AbstractBotIT {

    private static final Pattern NUMBER = Pattern.compile("[KT]-\\d{4}-\\d{4,}");

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEnglishFamilysInquiryIsLabelledAndAnsweredInEnglish() throws Exception {
        FamilyChat family = new FamilyChat(port);
        LineApiStub.server().stubFor(get(urlPathEqualTo("/v2/bot/profile/" + family.userId())).atPriority(1)
                .willReturn(LineApiStub.okJson("{\"userId\":\"" + family.userId()
                        + "\",\"displayName\":\"A\",\"language\":\"en\"}")));
        family.follow();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM family_language WHERE user_id = ? AND language = 'en'")
                .param(family.userId()).query(Long.class).single() == 1);
        assertThat(String.join("\n", family.say("talk to a counsellor"))).contains("What is your question about?");
        family.tap("Worries");
        family.say("Nerima");
        family.say("5 years old");
        family.tap("That's all");
        family.say("I am worried about night care");
        family.tap("On this LINE");
        List<String> sent = family.tap("Send this");
        Matcher m = NUMBER.matcher(String.join("\n", sent));
        assertThat(m.find()).isTrue();
        assertThat(String.join("\n", sent)).contains("We have received your question");

        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        JsonNode inquiry = kubu.get("/api/inquiries/" + m.group()).json();
        assertThat(inquiry.get("category").asText()).isEqualTo("不安や悩み");
        assertThat(inquiry.get("municipality").asText()).isEqualTo("練馬区");
        assertThat(inquiry.get("summary").asText()).contains("お住まい").contains("練馬区");
        long id = inquiry.get("id").asLong();

        StaffClient.Session session = new StaffClient.Session(port);
        session.login(kubu.username(), StaffClient.PASSWORD);
        String page = session.get("/console/inquiries/" + id).body();
        assertThat(page).contains("id=\"family-language\"").contains("English（英語）");

        assertThat(String.join("\n", family.say("end the consultation"))).contains("The consultation has ended");

        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        String status = admin.get("/console/admin/flows").body();
        assertThat(status).contains("id=\"translation-en\"").contains("id=\"translation-ja-easy\"");

        // the metric of texts said in Japanese for want of a translation is there, per language
        java.net.http.HttpResponse<String> metrics = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                        + "/actuator/prometheus")).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("mcc_translation_fallback_total{language=\"en\"}")
                .contains("mcc_translation_fallback_total{language=\"ja-easy\"}");
    }

    @Test
    void aJapaneseFamilysInquiryHasNoLanguageLabel() {
        FamilyChat family = new FamilyChat(port);
        family.follow();
        family.say("相談員と話したい");
        family.tap("不安や悩み");
        family.say("練馬区");
        family.say("5歳");
        family.tap("これで全部");
        family.say("夜のケアが心配です");
        family.tap("このLINEで");
        Matcher m = NUMBER.matcher(String.join("\n", family.tap("この内容で送る")));
        assertThat(m.find()).isTrue();
        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        long id = kubu.get("/api/inquiries/" + m.group()).json().get("id").asLong();
        StaffClient.Session session = new StaffClient.Session(port);
        session.login(kubu.username(), StaffClient.PASSWORD);
        assertThat(session.get("/console/inquiries/" + id).body()).doesNotContain("id=\"family-language\"");
    }
}
