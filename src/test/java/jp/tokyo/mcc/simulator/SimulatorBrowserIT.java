package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The simulator page in headless Chromium: a family adds the account, types, taps chips and buttons. */
class SimulatorBrowserIT extends AbstractSimulatorIT {

    static final Path SCREENSHOT = Path.of("target", "screenshots", "simulator.png");

    @BeforeAll
    static void chromium() {
        HeadlessChromium.assumeInstalled();
    }

    @Test
    void aFamilyChatsWithTheBotLikeInLine() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1000, 900)) {
            WebDriver page = chromium.driver;
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(10));
            page.get(base() + "/simulator");
            assertThat(page.findElement(By.cssSelector(".local-banner")).getText())
                    .isEqualTo("ローカルモード：LINEの代わりのシミュレーターです");
            assertThat(page.findElement(By.id("account-name")).getText()).isEqualTo("医療的ケア児支援センター");

            // a fresh simulated user (other tests may have made some), not a friend yet
            String first = newUser(page, wait);
            chromium.screenshot(SCREENSHOT.resolveSibling("simulator-new-user.png"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("follow"))).click();
            waitForBot(wait, ScriptedConversation.GREETING);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("friend-card")));
            assertThat(texts(page, ".notice")).containsExactly("医療的ケア児支援センターを友だち追加しました");

            WebElement input = page.findElement(By.id("text"));
            input.sendKeys("こんにちは");
            input.sendKeys(Keys.ENTER);
            waitForUser(wait, "こんにちは");
            waitForBot(wait, ScriptedConversation.MENU_PROMPT);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".template"),
                    ScriptedConversation.MENU_CARD_TEXT));
            assertThat(texts(page, ".template .template-title")).containsExactly("メニュー");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".user .meta"), "既読"));

            // quick replies: a row of chips; tapping one sends it and the chips go away
            assertThat(chips(page)).containsExactly("退院後のこと", "災害時のこと");
            chromium.screenshot(SCREENSHOT.resolveSibling("simulator-quick-replies.png"));
            click(wait, "#quick-replies .quick-reply", "災害時のこと");
            waitForUser(wait, "災害時のこと");
            waitForBot(wait, "postback:topic=disaster");
            assertThat(page.findElement(By.id("quick-replies")).isDisplayed()).isFalse();

            // a button of the buttons template
            click(wait, ".template .template-action", "相談員と話す");
            waitForUser(wait, "相談員と話す");
            waitForBot(wait, "受け取りました：相談員と話す");

            // the bot shows LINE's loading animation
            new SimulatorClient(port).lineApi("/v2/bot/chat/loading/start",
                    Map.of("chatId", first, "loadingSeconds", 10), Map.of());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loading")));
            chromium.screenshot(SCREENSHOT);

            // a second user has a chat of their own
            String second = newUser(page, wait);
            assertThat(second).isNotEqualTo(first);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("follow")));
            assertThat(texts(page, "#messages .row")).isEmpty();
            page.findElement(By.id("follow")).click();
            waitForBot(wait, ScriptedConversation.GREETING);
            input = page.findElement(By.id("text"));
            input.sendKeys("ふたり目です");
            page.findElement(By.id("send")).click();
            waitForBot(wait, "受け取りました：ふたり目です");
            assertThat(texts(page, ".row.user .bubble")).containsExactly("ふたり目です");

            // back to the first user: their own history, not the second user's
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                d.findElement(By.cssSelector(".user-tab[data-user-id='" + first + "']")).click();
                return true;
            });
            waitForBot(wait, "受け取りました：相談員と話す");
            assertThat(texts(page, ".row.user .bubble")).containsExactly("こんにちは", "災害時のこと", "相談員と話す");
        }
    }

    private static String newUser(WebDriver page, WebDriverWait wait) {
        String before = activeUser(page);
        page.findElement(By.id("new-user")).click();
        wait.until(d -> {
            String now = activeUser(d);
            return now != null && !now.equals(before);
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("friend-card")));
        return activeUser(page);
    }

    private static String activeUser(WebDriver page) {
        return (String) ((JavascriptExecutor) page).executeScript(
                "var a = document.querySelector('.user-tab.active'); return a ? a.getAttribute('data-user-id') : null;");
    }

    private static void waitForBot(WebDriverWait wait, String text) {
        wait.until(d -> texts(d, ".row.bot .bubble").contains(text));
    }

    private static void waitForUser(WebDriverWait wait, String text) {
        wait.until(d -> texts(d, ".row.user .bubble").contains(text));
    }

    /** The texts of the elements, read in one go (the page re-renders the chat when it changes). */
    @SuppressWarnings("unchecked")
    private static List<String> texts(WebDriver page, String css) {
        return (List<String>) ((JavascriptExecutor) page).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(function (e) { return e.innerText; });",
                css);
    }

    private static List<String> chips(WebDriver page) {
        return texts(page, "#quick-replies .quick-reply");
    }

    /** Clicks the element with this text, trying again if the page re-rendered it meanwhile. */
    private static void click(WebDriverWait wait, String css, String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElements(By.cssSelector(css)).stream()
                    .filter(e -> e.getText().equals(text)).findFirst().orElse(null);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }
}
