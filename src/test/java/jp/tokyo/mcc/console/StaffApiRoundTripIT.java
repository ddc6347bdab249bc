package jp.tokyo.mcc.console;

import static jp.tokyo.mcc.support.LineApiStub.PUSH;
import static jp.tokyo.mcc.support.LineApiStub.requests;
import static jp.tokyo.mcc.support.LineApiStub.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jp.tokyo.mcc.calendar.CenterCalendar;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.safety.SafetyCheck;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The counsellors' side end to end: handoff, inquiry list, claim, reply to LINE, family answer, close. */
class StaffApiRoundTripIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    @Autowired
    OpenInquiries openInquiries;

    @Autowired
    CenterCalendar calendar;

    @Autowired
    SafetyCheck safety;

    private static List<String> pushedTexts(String userId) {
        List<String> all = new ArrayList<>();
        requests(PUSH, userId).forEach(r -> all.addAll(texts(r)));
        return all;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void handoffClaimReplyAnswerAndClose() {
        StaffClient kubuA = StaffClient.newCounsellor(port, "kubu");
        StaffClient kubuB = StaffClient.newCounsellor(port, "kubu");
        String user = Webhooks.newUserId();

        HandoffReceipt receipt = desk.open(Handoffs.request(user, CenterId.KUBU));
        int year = Instant.now().atZone(java.time.ZoneId.of("Asia/Tokyo")).getYear();
        assertThat(receipt.inquiryNumber()).matches("K-" + year + "-\\d{4}");
        assertThat(receipt.centerName()).contains("区部");
        assertThat(receipt.nextAnswer()).isNotBlank();

        JsonNode fresh = kubuA.get("/api/inquiries?status=NEW").json();
        JsonNode mine = null;
        for (JsonNode n : fresh) {
            if (receipt.inquiryNumber().equals(n.path("number").asText())) {
                mine = n;
            }
        }
        assertThat(mine).as("the new inquiry is in the 区部 list").isNotNull();
        assertThat(mine.get("center").asText()).isEqualTo("kubu");
        assertThat(mine.get("status").asText()).isEqualTo("NEW");
        assertThat(mine.get("category").asText()).isEqualTo("退院後のこと");
        assertThat(mine.get("municipality").asText()).isEqualTo("練馬区");
        assertThat(mine.get("summary").asText()).contains("練馬区");
        assertThat(mine.has("createdAt")).isTrue();
        String id = mine.get("id").asText();

        JsonNode details = kubuA.get("/api/inquiries/" + id).json();
        assertThat(details.get("medicalCare")).hasSize(2);
        assertThat(details.get("messages").findValuesAsText("text")).contains("退院後に使えるサービスを知りたいです。");
        assertThat(details.get("messages").findValuesAsText("who")).contains("BOT", "FAMILY");

        // exactly one owner
        StaffClient.Response claimed = kubuA.post("/api/inquiries/" + id + "/claim", null);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        StaffClient.Response second = kubuB.post("/api/inquiries/" + id + "/claim", null);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("error").asText()).isEqualTo("claimed");
        assertThat(second.json().has("detail")).isTrue();
        assertThat(kubuA.post("/api/inquiries/" + id + "/claim", null).status()).as("claiming again is fine").isEqualTo(200);
        assertThat(kubuB.post("/api/inquiries/" + id + "/messages", "{\"text\":\"横から\"}").status()).isEqualTo(409);

        // the staff message reaches LINE by push with a retry key
        StaffClient.Response sent = kubuA.post("/api/inquiries/" + id + "/messages",
                "{\"text\":\"相談員の山田です。退院の日は決まりましたか？\"}");
        assertThat(sent.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> pushedTexts(user).contains("相談員の山田です。退院の日は決まりましたか？"));
        LoggedRequest push = requests(PUSH, user).get(0);
        assertThat(push.getHeader("X-Line-Retry-Key")).matches("[0-9a-f-]{36}");
        assertThat(kubuA.get("/api/inquiries/" + id).json().get("status").asText()).isEqualTo("WAITING_FAMILY");

        // the family answers: into the transcript, back to IN_PROGRESS
        assertThat(openInquiries.takeOver(Handoffs.text(user, "来週の火曜日です"), SafetyAssessment.NOTHING)).isTrue();
        assertThat(openInquiries.takeOver(Handoffs.sticker(user), SafetyAssessment.NOTHING)).isTrue();
        JsonNode afterAnswer = kubuA.get("/api/inquiries/" + id).json();
        assertThat(afterAnswer.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(afterAnswer.get("messages").findValuesAsText("text"))
                .contains("相談員の山田です。退院の日は決まりましたか？", "来週の火曜日です", "（スタンプが送られました）");
        // a counsellor wrote today: no out-of-hours notice right after, whatever the hour
        assertThat(afterAnswer.get("messages").findValuesAsText("text")).noneMatch(t -> t.contains("受付時間外"));

        // internal notes never reach the family
        assertThat(kubuA.post("/api/inquiries/" + id + "/notes", "{\"text\":\"内部メモ：訪問看護を確認\"}").status())
                .isEqualTo(201);

        // close: the family is told, the bot is theirs again
        StaffClient.Response closed = kubuA.post("/api/inquiries/" + id + "/close", "{\"outcome\":\"制度を案内した\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        await().atMost(Duration.ofSeconds(10)).until(() -> pushedTexts(user).stream()
                .anyMatch(t -> t.contains(receipt.inquiryNumber()) && t.contains("終わり")));
        assertThat(pushedTexts(user)).noneMatch(t -> t.contains("内部メモ"));
        assertThat(openInquiries.takeOver(Handoffs.text(user, "こんにちは"),
                SafetyAssessment.NOTHING)).as("no open inquiry").isFalse();
        assertThat(kubuA.post("/api/inquiries/" + id + "/close", null).status()).isEqualTo(409);
    }

    @Test
    void outOfHoursTheFamilyIsToldOnceADay() {
        String user = Webhooks.newUserId();
        HandoffReceipt receipt = desk.open(Handoffs.request(user, CenterId.KUBU));
        assertThat(openInquiries.takeOver(Handoffs.text(user, "夜分にすみません"), SafetyAssessment.NOTHING)).isTrue();
        assertThat(openInquiries.takeOver(Handoffs.text(user, "もうひとつ質問があります"), SafetyAssessment.NOTHING)).isTrue();
        List<String> texts = StaffClient.admin(port).get("/api/inquiries/" + receipt.inquiryNumber()).json()
                .get("messages").findValuesAsText("text");
        long notices = texts.stream().filter(t -> t.contains("受付時間外")).count();
        assertThat(notices).as("out-of-hours notices").isEqualTo(calendar.isOpen(Instant.now()) ? 0 : 1);
    }

    @Test
    void familyEndsTheTalkThemselves() {
        String user = Webhooks.newUserId();
        HandoffReceipt receipt = desk.open(Handoffs.request(user, CenterId.TAMA));
        assertThat(receipt.inquiryNumber()).startsWith("T-");
        assertThat(openInquiries.takeOver(Handoffs.text(user, "相談を終える"), SafetyAssessment.NOTHING)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> pushedTexts(user).stream().anyMatch(t -> t.contains("ご相談を終えました")));
        JsonNode list = StaffClient.admin(port).get("/api/inquiries?center=tama&status=CLOSED").json();
        assertThat(list.findValuesAsText("number")).contains(receipt.inquiryNumber());
        assertThat(openInquiries.takeOver(Handoffs.text(user, "メニュー"), SafetyAssessment.NOTHING)).isFalse();
    }

    @Test
    void emergencyAlreadyAnsweredIsOnlyRecordedAndFlagged() {
        String user = Webhooks.newUserId();
        HandoffReceipt receipt = desk.open(Handoffs.request(user, CenterId.TAMA));
        assertThat(openInquiries.takeOver(Handoffs.text(user, "息をしていない"), safety.assess("息をしていない")))
                .isTrue();
        assertThat(Webhooks.post(port, Webhooks.body(Webhooks.unfollow(user))).statusCode()).isEqualTo(200);
        StaffClient admin = StaffClient.admin(port);
        await().atMost(Duration.ofSeconds(10)).until(() -> admin.get("/api/inquiries/" + receipt.inquiryNumber()).json()
                .get("messages").findValuesAsText("text").stream().anyMatch(t -> t.contains("ブロック")));
        JsonNode details = admin.get("/api/inquiries/" + receipt.inquiryNumber()).json();
        assertThat(details.get("messages").findValuesAsText("text")).contains("息をしていない");
        assertThat(requests(PUSH, user)).as("nothing sent").isEmpty();
        // the counsellors' flag, on the inquiry and on the message; what the bot answered is in the transcript
        assertThat(details.get("safety").toString()).isEqualTo("[\"emergency\"]");
        JsonNode line = null;
        for (JsonNode m : details.get("messages")) {
            if (m.get("text").asText().equals("息をしていない")) {
                line = m;
            }
        }
        assertThat(line.get("safety").toString()).isEqualTo("[\"emergency\"]");
        assertThat(details.get("messages").findValuesAsText("text")).anyMatch(t -> t.contains("119番"))
                .anyMatch(t -> t.contains("安全確認"));
        assertThat(admin.get("/api/inquiries?center=tama").json().toString()).contains("\"safety\":[\"emergency\"]");
    }

    @Test
    void twoCounsellorsClaimingAtOnceOneWins() throws Exception {
        StaffClient a = StaffClient.newCounsellor(port, "tama");
        StaffClient b = StaffClient.newCounsellor(port, "tama");
        for (int round = 0; round < 3; round++) {
            HandoffReceipt receipt = desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.TAMA));
            String path = "/api/inquiries/" + receipt.inquiryNumber() + "/claim";
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> { start.await(); return a.post(path, null).status(); });
                var second = pool.submit(() -> { start.await(); return b.post(path, null).status(); });
                assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void numbersCountUpPerCenter() {
        HandoffReceipt first = desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.KUBU));
        HandoffReceipt second = desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.KUBU));
        int a = Integer.parseInt(first.inquiryNumber().substring(first.inquiryNumber().lastIndexOf('-') + 1));
        int b = Integer.parseInt(second.inquiryNumber().substring(second.inquiryNumber().lastIndexOf('-') + 1));
        assertThat(b).isEqualTo(a + 1);
    }

    @Test
    void transferMovesTheInquiryToTheOtherCenter() {
        StaffClient tama = StaffClient.newCounsellor(port, "tama");
        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        String user = Webhooks.newUserId();
        HandoffReceipt receipt = desk.open(Handoffs.request(user, CenterId.TAMA));
        String id = String.valueOf(tama.get("/api/inquiries/" + receipt.inquiryNumber()).json().get("id").asLong());
        assertThat(kubu.get("/api/inquiries/" + id).status()).isEqualTo(404);

        StaffClient.Response moved = tama.post("/api/inquiries/" + id + "/transfer",
                "{\"center\":\"kubu\",\"note\":\"区部にお住まいでした\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("center").asText()).isEqualTo("kubu");
        assertThat(moved.json().get("status").asText()).isEqualTo("NEW");
        assertThat(tama.get("/api/inquiries/" + id).status()).isEqualTo(404);
        JsonNode seen = kubu.get("/api/inquiries/" + id).json();
        assertThat(seen.get("messages").findValuesAsText("text")).anyMatch(t -> t.contains("区部にお住まいでした"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pushedTexts(user).stream().anyMatch(t -> t.contains("区部")));
        assertThat(tama.post("/api/inquiries/" + id + "/transfer", "{\"center\":\"osaka\"}").status()).isIn(400, 404);
    }

    @Test
    void replyOverLineLimitsIsRefusedClearly() {
        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        String user = Webhooks.newUserId();
        HandoffReceipt receipt = desk.open(Handoffs.request(user, CenterId.KUBU));
        StaffClient.Response tooLong = kubu.post("/api/inquiries/" + receipt.inquiryNumber() + "/messages",
                "{\"text\":\"" + "あ".repeat(5001) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("error").asText()).isEqualTo("too_long");
        assertThat(kubu.post("/api/inquiries/" + receipt.inquiryNumber() + "/messages", "{\"text\":\"  \"}").status())
                .isEqualTo(400);
        assertThat(kubu.post("/api/inquiries/" + receipt.inquiryNumber() + "/messages", "not json").status())
                .isEqualTo(400);
        assertThat(requests(PUSH, user)).isEmpty();
    }
}
