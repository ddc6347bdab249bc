package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The simulator page in headless Chromium: a family adds the account, types, taps chips and buttons. */
class SimulatorBrowserIT extends AbstractSimulatorIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void chromium() {
        HeadlessChromium.assumeInstalled();
    }

    @Test
    void aFamilyChatsWithTheBotLikeInLine() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1000, 900)) {
            SimulatorPage page = new SimulatorPage(chromium.driver, Duration.ofSeconds(30)).open(base());
            assertThat(page.texts(".local-banner")).containsExactly("ローカルモード：LINEの代わりのシミュレーターです");
            assertThat(page.texts("#account-name")).containsExactly("医療的ケア児支援センター");

            // a fresh simulated user (other tests may have made some), not a friend yet
            String first = page.newUser();
            chromium.screenshot(SCREENSHOTS.resolve("simulator-new-user.png"));
            page.addFriend();
            page.waitForBot(ScriptedConversation.GREETING);
            page.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("friend-card")));
            assertThat(page.texts(".notice")).containsExactly("医療的ケア児支援センターを友だち追加しました");

            page.type("こんにちは");
            page.waitForUser("こんにちは");
            page.waitForBot(ScriptedConversation.MENU_PROMPT);
            page.waitForBot(ScriptedConversation.MENU_CARD_TEXT);
            assertThat(page.texts(".template .template-title")).containsExactly("メニュー");
            page.wait.until(d -> page.texts(".row.user .meta").stream().anyMatch(t -> t.contains("既読")));

            // quick replies: a row of chips; tapping one sends it and the chips go away
            page.wait.until(d -> !page.quickReplies().isEmpty());
            assertThat(page.quickReplies()).containsExactly("退院後のこと", "災害時のこと");
            chromium.screenshot(SCREENSHOTS.resolve("simulator-quick-replies.png"));
            page.tap("#quick-replies .quick-reply", "災害時のこと");
            page.waitForUser("災害時のこと");
            page.waitForBot("postback:topic=disaster");
            assertThat(page.driver.findElement(By.id("quick-replies")).isDisplayed()).isFalse();

            // a button of the buttons template
            page.tap(".template .template-action", "相談員と話す");
            page.waitForUser("相談員と話す");
            page.waitForBot("受け取りました：相談員と話す");

            // the bot shows LINE's loading animation
            new SimulatorClient(port).lineApi("/v2/bot/chat/loading/start",
                    Map.of("chatId", first, "loadingSeconds", 10), Map.of());
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loading")));
            chromium.screenshot(SCREENSHOTS.resolve("simulator.png"));

            // a second user has a chat of their own
            String second = page.newUser();
            assertThat(second).isNotEqualTo(first);
            assertThat(page.texts("#messages .row")).isEmpty();
            page.addFriend();
            page.waitForBot(ScriptedConversation.GREETING);
            page.typeAndTapSend("ふたり目です");
            page.waitForBot("受け取りました：ふたり目です");
            assertThat(page.userTexts()).containsExactly("ふたり目です");

            // back to the first user: their own history, not the second user's
            page.switchTo(first);
            page.waitForBot("受け取りました：相談員と話す");
            assertThat(page.userTexts()).containsExactly("こんにちは", "災害時のこと", "相談員と話す");
        }
    }
}
