package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.calendar.CenterCalendar;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole round trip through signed webhooks: a family asks for a counsellor in LINE, answers the handoff
 * questions (flows/handoff.yaml), sends; a counsellor of the right center claims and answers through the staff API;
 * the family's answer reaches the transcript; the counsellor closes and the bot is the family's again.
 */
class FamilyToCounsellorWebhookIT extends AbstractBotIT {

    private static final Pattern NUMBER = Pattern.compile("[KT]-\\d{4}-\\d{4,}");

    @Autowired
    CenterCalendar calendar;

    private static String transcript(StaffClient staff, String number) {
        return String.join("\n", staff.get("/api/inquiries/" + number).json().get("messages").findValuesAsText("text"));
    }

    @Test
    void familyAsksACounsellorAndGetsAnAnswerOnLine() {
        FamilyChat family = new FamilyChat(port);
        family.follow();
        family.say("相談員と話したい");
        family.tap("その他");
        family.say("八王子市");
        family.say("5歳");
        family.tap("喀痰吸引");
        family.tap("これで全部");
        family.say("夜の吸引が続いて、眠れない日が多いです。");
        family.tap("このLINEで");
        List<String> receipt = family.tap("この内容で送る");

        Matcher m = NUMBER.matcher(String.join("\n", receipt));
        assertThat(m.find()).as("receipt with a number: " + receipt).isTrue();
        String number = m.group();
        assertThat(number).startsWith("T-");
        assertThat(String.join("\n", receipt)).contains("多摩");

        // the inquiry is in the 多摩 center's list, not in 区部's
        StaffClient tama = StaffClient.newCounsellor(port, "tama");
        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        assertThat(tama.get("/api/inquiries?status=NEW").json().findValuesAsText("number")).contains(number);
        assertThat(kubu.get("/api/inquiries").json().findValuesAsText("number")).doesNotContain(number);
        JsonNode inquiry = tama.get("/api/inquiries/" + number).json();
        assertThat(inquiry.get("municipality").asText()).isEqualTo("八王子市");
        assertThat(inquiry.get("category").asText()).isEqualTo("その他");
        assertThat(inquiry.get("concern").asText()).contains("夜の吸引");
        assertThat(inquiry.get("medicalCare").toString()).contains("喀痰吸引");
        assertThat(transcript(tama, number)).contains("相談員と話したい", "夜の吸引が続いて、眠れない日が多いです。");

        // claim and answer: the family gets it by push
        assertThat(tama.post("/api/inquiries/" + number + "/claim", null).status()).isEqualTo(200);
        assertThat(kubu.post("/api/inquiries/" + number + "/claim", null).status()).isIn(403, 404);
        assertThat(tama.post("/api/inquiries/" + number + "/messages", "{\"text\":\"多摩の相談員です。夜間の訪問看護について一緒に考えましょう。\"}")
                .status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> family.botTexts().contains("多摩の相談員です。夜間の訪問看護について一緒に考えましょう。"));

        // the family's answer goes to the counsellor, not to the bot
        int before = family.botRequests().size();
        family.sayQuietly("ありがとうございます。よろしくお願いします。");
        await().atMost(Duration.ofSeconds(10)).until(() -> transcript(tama, number).contains("よろしくお願いします。"));
        assertThat(tama.get("/api/inquiries/" + number).json().get("status").asText()).isEqualTo("IN_PROGRESS");
        // in hours or not: a counsellor has just written, so no out-of-hours notice either
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(family.botRequests()).as("the bot stays quiet while a counsellor has it").hasSize(before);
        assertThat(transcript(tama, number)).doesNotContain("メッセージを受け取りました。いまは受付時間外です");

        // close: the family is told and the bot answers again
        assertThat(tama.post("/api/inquiries/" + number + "/close", "{\"outcome\":\"訪問看護を案内\"}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> family.botTexts().stream().anyMatch(t -> t.contains(number)
                && t.contains("終わり")));
        List<String> menu = family.say("メニュー");
        assertThat(menu).isNotEmpty();
        assertThat(transcript(tama, number)).doesNotContain("メニュー\n");
    }
}
