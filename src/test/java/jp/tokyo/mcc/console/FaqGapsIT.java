package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What families asked that the bot could not answer reaches the administrators' page with counts, and so do the
 * answers they said did not help and the feedback per entry; the rows carry the family's user id (for erasure).
 */
class FaqGapsIT extends AbstractBotIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void unansweredAndUnhelpfulQuestionsAreListedForAdministratorsOnly() {
        String unanswered = "うちの犬の散歩の時間" + System.nanoTime() % 1000;
        FamilyChat family = new FamilyChat(port);
        family.follow();
        assertThat(String.join("\n", family.say(unanswered))).contains("うまくお答えできませんでした");
        family.say(unanswered);
        assertThat(String.join("\n", family.say("受付時間を教えてください"))).contains("解決しましたか");
        family.tap("いいえ");
        FamilyChat other = new FamilyChat(port);
        other.follow();
        other.say("相談は無料ですか");
        other.tap("はい");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM knowledge_unanswered_question WHERE user_id = :u")
                .param("u", family.userId()).query(Long.class).single()).isEqualTo(3);

        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        HttpResponse<String> page = admin.get("/console/admin/questions");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("答えられなかった質問", unanswered, "受付時間を教えてください", "center-hours");
        assertThat(rowOf(html, unanswered)).contains("<td class=\"count\">2</td>");
        assertThat(html).contains("id=\"feedback-center-free\"", "id=\"feedback-center-hours\"");

        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        StaffClient.Session staff = new StaffClient.Session(port);
        staff.login(counsellor.username(), StaffClient.PASSWORD);
        HttpResponse<String> refused = staff.get("/console/admin/questions");
        assertThat(refused.statusCode()).isNotEqualTo(200);
        assertThat(refused.body()).doesNotContain(unanswered);
    }

    private static String rowOf(String html, String text) {
        int at = html.indexOf(text);
        int start = html.lastIndexOf("<tr", at);
        return html.substring(start, html.indexOf("</tr>", at));
    }
}
