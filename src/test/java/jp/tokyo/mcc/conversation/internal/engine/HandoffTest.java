package jp.tokyo.mcc.conversation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.conversation.dialogue.EngineBot;
import jp.tokyo.mcc.router.trial.Shown;
import jp.tokyo.mcc.directory.CenterId;
import org.junit.jupiter.api.Test;

/** What reaches the counsellors' desk, and what the family is told when it cannot be reached. */
class HandoffTest {

    static Shown tap(EngineBot bot, String user, Shown last, String label) {
        Shown.Action action = last.actions().stream().filter(a -> a.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in " + last.labels()));
        return bot.postback(user, action.data());
    }

    @Test
    void theRequestCarriesEveryAnswerTheSummaryAndTheTranscript() {
        EngineBot bot = new EngineBot();
        String user = "Uhandoff1";
        Shown s = bot.follow(user);
        s = tap(bot, user, s, "退院後のこと");
        s = bot.text(user, "はちおうじし");
        s = tap(bot, user, s, "相談員に相談する");
        s = bot.text(user, "生後6か月");
        s = tap(bot, user, s, "経管栄養");
        s = tap(bot, user, s, "導尿");
        s = tap(bot, user, s, "これで全部");
        s = bot.text(user, "5月20日");
        s = bot.text(user, "夜のケアが心配です");
        s = tap(bot, user, s, "電話で");
        s = bot.text(user, "03-1234-5678");
        s = bot.text(user, "平日の午後");
        s = tap(bot, user, s, "この内容で送る");
        assertThat(s.text()).contains("受付番号：T-2026-", "送り先：センター(tama)", "12月1日(月) 9時以降");

        HandoffRequest r = bot.desk.lastOpenedFor(user);
        assertThat(r.category()).isEqualTo("退院後のこと");
        assertThat(r.municipality()).isEqualTo("八王子市");
        assertThat(r.center()).isEqualTo(CenterId.TAMA);
        assertThat(r.childAge()).isEqualTo("生後6か月");
        assertThat(r.medicalCare()).containsExactly("経管栄養", "導尿");
        assertThat(r.concern()).isEqualTo("夜のケアが心配です");
        assertThat(r.contactMethod()).isEqualTo(HandoffRequest.ContactMethod.PHONE);
        assertThat(r.phone()).isEqualTo("03-1234-5678");
        assertThat(r.callTimes()).isEqualTo("平日の午後");
        assertThat(r.extra()).isEqualTo(Map.of("退院予定日", "5月20日"));
        assertThat(r.summary()).contains("・ご相談の種類：退院後のこと", "・お住まい：八王子市", "・医療的ケア：経管栄養、導尿",
                "・ご連絡の方法：電話で", "・電話番号：03-1234-5678");
        assertThat(r.transcript()).extracting(TranscriptLine::text).contains("はちおうじし", "夜のケアが心配です", "経管栄養");
        assertThat(r.transcript()).extracting(TranscriptLine::author).contains(TranscriptLine.Author.BOT,
                TranscriptLine.Author.FAMILY);
        // sent: the details are forgotten by the bot, the transcript starts again
        assertThat(bot.slots(user)).containsKeys("category", "municipality").doesNotContainKeys("concern", "phone",
                "child-age", "medical-care");
        assertThat(bot.store.load(user).orElseThrow().transcript().lines()).hasSizeLessThan(3);
    }

    @Test
    void aLineContactHasNoPhoneAndSchoolFieldsAreExtras() {
        EngineBot bot = new EngineBot();
        String user = "Uhandoff2";
        Shown s = bot.follow(user);
        s = tap(bot, user, s, "保育園や学校のこと");
        s = bot.text(user, "世田谷区");
        s = bot.text(user, "相談員と話したい");
        s = bot.text(user, "小学2年");
        s = tap(bot, user, s, "これで全部");
        s = tap(bot, user, s, "特別支援学校");
        s = bot.text(user, "小学部2年");
        s = bot.text(user, "通学のときのケアについて");
        s = tap(bot, user, s, "このLINEで");
        s = tap(bot, user, s, "この内容で送る");
        HandoffRequest r = bot.desk.lastOpenedFor(user);
        assertThat(r.contactMethod()).isEqualTo(HandoffRequest.ContactMethod.LINE);
        assertThat(r.phone()).isNull();
        assertThat(r.medicalCare()).isEmpty();
        assertThat(r.center()).isEqualTo(CenterId.KUBU);
        assertThat(r.extra()).containsExactly(Map.entry("通っているところ", "特別支援学校"), Map.entry("学年", "小学部2年"));
    }

    @Test
    void withoutTheInquiryModuleTheFamilyIsAskedToPhoneTheCenter() {
        EngineBot bot = new EngineBot().withoutDesk();
        String user = "Unodesk";
        Shown s = bot.follow(user);
        s = tap(bot, user, s, "その他");
        s = bot.text(user, "調布市");
        s = tap(bot, user, s, "相談員に相談する");
        s = bot.text(user, "3");
        s = tap(bot, user, s, "これで全部");
        s = bot.text(user, "相談");
        s = tap(bot, user, s, "このLINEで");
        s = tap(bot, user, s, "この内容で送る");
        assertThat(s.text()).contains("LINEでのご相談の受付ができません", "042-312-8164").doesNotContain("受付番号");
        assertThat(bot.state(user)).isEqualTo("handoff:send");
        assertThat(bot.text(user, "メニュー").text()).contains("どんなことでお困りですか");
    }

    @Test
    void anEmergencyWhileAnInquiryIsOpenIsStillAnsweredAndTheCounsellorGetsIt() {
        EngineBot bot = new EngineBot();
        String user = "Uopen";
        Shown s = bot.text(user, "相談員と話したい");
        s = tap(bot, user, s, "その他");
        s = bot.text(user, "中野区");
        s = bot.text(user, "5歳");
        s = tap(bot, user, s, "これで全部");
        s = bot.text(user, "相談");
        s = tap(bot, user, s, "このLINEで");
        s = tap(bot, user, s, "この内容で送る");
        assertThat(bot.desk.isOpen(user)).isTrue();
        assertThat(bot.text(user, "こんにちは").silent()).isTrue();
        assertThat(bot.text(user, "子どもが息をしていない").text()).contains("119");
        assertThat(bot.desk.takenOver.get(user)).containsExactly("こんにちは", "子どもが息をしていない");
    }

    @Test
    void postbackDataIsShortAndOpaqueAndForgedOrOldDataIsHandledKindly() {
        EngineBot bot = new EngineBot();
        String user = "Upostback";
        Shown s = bot.follow(user);
        for (Shown.Action a : s.actions()) {
            assertThat(a.data()).matches("c:\\d+:\\d+").hasSizeLessThan(20);
        }
        assertThat(bot.postback(user, "c:999:0").text()).contains("前のご案内", "どんなことでお困りですか");
        assertThat(bot.postback(user, "something-else").text()).contains("前のご案内");
        assertThat(bot.state(user)).isEqualTo("intake:menu");
        List<String> labels = bot.postback(user, "c:999:0").labels();
        assertThat(labels).contains("退院後のこと");
    }
}
