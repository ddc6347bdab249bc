package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;

/**
 * Counsellors see the safety net's flag on an inquiry whose transcript triggered a tier: through signed webhooks, a
 * parent writes of a crisis as the concern of the handoff, then, talking to the counsellor, of an emergency; the
 * staff API, the inquiry list and the inquiry page show it, on the inquiry and on the messages concerned.
 */
class SafetyFlagIT extends AbstractBotIT {

    private static final Pattern NUMBER = Pattern.compile("[KT]-\\d{4}-\\d{4,}");

    private static String handOff(FamilyChat family, String concern) {
        family.follow();
        family.say("相談員と話したい");
        family.tap("不安や悩み");
        family.say("練馬区");
        family.say("5歳");
        family.tap("これで全部");
        List<String> answer = family.say(concern);
        family.tap("このLINEで");
        Matcher m = NUMBER.matcher(String.join("\n", family.tap("この内容で送る")));
        assertThat(m.find()).isTrue();
        assertThat(answer).isNotEmpty();
        return m.group();
    }

    private static JsonNode message(JsonNode inquiry, String text) {
        for (JsonNode m : inquiry.get("messages")) {
            if (m.get("text").asText().equals(text)) {
                return m;
            }
        }
        throw new AssertionError("no message " + text);
    }

    @Test
    void anInquiryWhoseTranscriptHadACrisisOrAnEmergencyIsFlagged() {
        FamilyChat family = new FamilyChat(port);
        String concern = "毎日眠れず、もう限界です。この子を叩いてしまいそうで怖いです";
        String number = handOff(family, concern);
        assertThat(family.botTexts()).anyMatch(t -> t.contains("よりそいホットライン"));

        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        JsonNode inquiry = kubu.get("/api/inquiries/" + number).json();
        assertThat(inquiry.get("safety").toString()).isEqualTo("[\"crisis\"]");
        assertThat(inquiry.get("concern").asText()).isEqualTo(concern); // the answer was kept
        assertThat(message(inquiry, concern).get("safety").toString()).isEqualTo("[\"crisis\"]");
        assertThat(message(inquiry, "練馬区").has("safety")).isFalse();
        assertThat(kubu.get("/api/inquiries?center=kubu").json().toString()).contains("\"safety\":[\"crisis\"]");

        // talking to the counsellor: a question about an emergency gets the reminder and no flag; an emergency does
        List<String> reminder = family.say("けいれんしたらどうすればいいですか");
        assertThat(String.join("\n", reminder)).contains("迷わず119番");
        family.say("子どもが息をしていません");
        await().atMost(Duration.ofSeconds(10)).until(() -> kubu.get("/api/inquiries/" + number).json()
                .get("safety").toString().equals("[\"emergency\",\"crisis\"]"));
        inquiry = kubu.get("/api/inquiries/" + number).json();
        assertThat(message(inquiry, "子どもが息をしていません").get("safety").toString()).isEqualTo("[\"emergency\"]");
        assertThat(message(inquiry, "けいれんしたらどうすればいいですか").has("safety")).isFalse();

        // the console: a badge in the list, a note and marked lines on the page
        StaffClient.Session session = new StaffClient.Session(port);
        session.login(kubu.username(), StaffClient.PASSWORD);
        String list = session.get("/console").body();
        Matcher row = Pattern.compile("<li[^>]*class=\"inquiry-card[^>]*>\\s*<div class=\"card-top\">\\s*<a[^>]*>"
                + number + "</a>(.*?)</div>", Pattern.DOTALL).matcher(list);
        assertThat(row.find()).as("the inquiry's card").isTrue();
        assertThat(row.group(1)).contains("safety-flag", "緊急", "心の危機");
        long id = inquiry.get("id").asLong();
        String page = session.get("/console/inquiries/" + id).body();
        assertThat(page).contains("id=\"safety-note\"", "心の危機」は");
        assertThat(page.split("class=\"msg a-FAMILY safety\"", -1)).hasSize(3); // two family lines marked

        // an inquiry without any of it has no flag
        FamilyChat other = new FamilyChat(port);
        String plain = handOff(other, "保育園の入園の手続きについて知りたいです");
        assertThat(kubu.get("/api/inquiries/" + plain).json().has("safety")).isFalse();
    }
}
