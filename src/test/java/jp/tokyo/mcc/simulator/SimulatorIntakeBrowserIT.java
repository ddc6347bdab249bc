package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A newcomer's first walk in the simulator with the real conversation engine and the administrator's real flow files:
 * add the account, read the greeting, tap a category, type a municipality, get the center's phone number.
 * Its own context (local mode, the real engine on, a database of its own; see {@link AbstractSimulatorIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.line.channel-secret=",
        "app.line.channel-token=",
        "app.line.api-endpoint=",
        "spring.datasource.url=jdbc:h2:mem:simulator-intake-it;DB_CLOSE_DELAY=-1",
        "spring.datasource.driver-class-name=org.h2.Driver",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
@ActiveProfiles("test")
class SimulatorIntakeBrowserIT {

    static final Path SCREENSHOT = Path.of("target", "screenshots", "simulator-intake.png");
    static final String TAMA_PHONE = "042-312-8164";

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromiumAndTheIntakeFlow() {
        HeadlessChromium.assumeInstalled();
        // the conversation engine and its flows arrive together; until then there is nothing to walk
        Assumptions.assumeTrue(Files.exists(Path.of("flows", "intake.yaml")), "no flows/intake.yaml yet");
    }

    @Test
    void followGreetingCategoryMunicipalityLeadsToTheTamaCenter() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1000, 900)) {
            SimulatorPage page = new SimulatorPage(chromium.driver, Duration.ofSeconds(30))
                    .open("http://127.0.0.1:" + port);
            page.newUser();
            page.addFriend();

            // the greeting, then the menu of categories
            page.waitForBotContaining("医療的ケア児支援センター");
            page.waitForBotContaining("119");
            page.wait.until(d -> page.choices().contains("退院後のこと"));

            page.tap("退院後のこと");
            page.waitForUser("退院後のこと");
            page.waitForBotContaining("区市町村");

            page.type("八王子市");
            page.waitForUser("八王子市");
            page.waitForBotContaining(TAMA_PHONE);
            assertThat(page.texts(".row.bot a[href='tel:0423128164']")).isNotEmpty();
            chromium.screenshot(SCREENSHOT);
        }
    }

    /**
     * The rich menu of flows/rich-menu.yaml under the chat, as LINE shows it (the bot's own image, an area per button,
     * a tap sends the command's words), and the center as a Flex card (name, hospital, address, hours, a call button
     * dialling tel:, a map link).
     */
    @Test
    void theRichMenuAndTheCenterCardAreShownAsLineShowsThem() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(420, 900)) {
            SimulatorPage page = new SimulatorPage(chromium.driver, Duration.ofSeconds(30))
                    .open("http://127.0.0.1:" + port);
            page.newUser();
            page.addFriend();
            page.waitForBotContaining("119");

            page.wait.until(d -> d.findElement(By.id("rich-menu")).isDisplayed()
                    && d.findElements(By.cssSelector(".rich-menu-area")).size() == 6);
            assertThat(page.driver.findElement(By.id("rich-menu-bar-text")).getText()).isEqualTo("メニューはこちら");
            Object width = ((JavascriptExecutor) page.driver).executeScript(
                    "var i = document.getElementById('rich-menu-image'); return i.complete ? i.naturalWidth : 0;");
            page.wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('rich-menu-image').naturalWidth;")).intValue() == 2500);
            assertThat(width).isNotNull();

            page.driver.findElement(By.cssSelector(".rich-menu-area[aria-label='よくある質問']")).click();
            page.waitForUser("よくある質問");
            page.waitForBotContaining("よくある質問からお答えします");

            page.driver.findElement(By.cssSelector(".rich-menu-area[aria-label='メニュー']")).click();
            page.waitForUser("メニュー");
            page.wait.until(d -> page.choices().contains("退院後のこと"));
            page.tap("退院後のこと");
            page.waitForBotContaining("区市町村");
            page.type("八王子市");
            page.wait.until(d -> !d.findElements(By.cssSelector(".row.bot .flex-message")).isEmpty());
            WebElement card = page.driver.findElement(By.cssSelector(".row.bot .flex-message"));
            assertThat(card.getText()).contains("東京都医療的ケア児支援センター（多摩地域）", "東京都立小児総合医療センター内",
                    "東京都府中市武蔵台2-8-29", TAMA_PHONE, "月曜日～金曜日 9:00～17:00");
            WebElement call = card.findElement(By.cssSelector("a.flex-button[href='tel:0423128164']"));
            assertThat(call.getText()).isEqualTo("電話する");
            assertThat(card.findElement(By.cssSelector("a.flex-button[href^='https://www.google.com/maps/search/']"))
                    .getText()).isEqualTo("地図を見る");
            // the header is white on the card's dark blue, as in LINE
            assertThat(card.findElement(By.cssSelector(".flex-header")).getCssValue("background-color"))
                    .isEqualTo("rgba(29, 79, 145, 1)");
            chromium.screenshot(Path.of("target", "screenshots", "simulator-rich-menu-and-card.png"));

            // the language switch in the rich menu: English from the next answer
            page.driver.findElement(By.cssSelector(".rich-menu-area[aria-label='ことば']")).click();
            page.waitForBotContaining("Which language would you like");
            page.tap("English");
            page.waitForBotContaining("From now on, I will write in English");
        }
    }
}
