package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jp.tokyo.mcc.admin.AdminFileCatalog;
import jp.tokyo.mcc.shared.Edition;
import jp.tokyo.mcc.simulator.HeadlessChromium;
import jp.tokyo.mcc.simulator.SimulatorPage;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator in headless Chromium: opens a flow in the editor, makes a mistake and sees it reported with its
 * line, fixes it, tries the draft in the simulator as a family on drafts, publishes, sees a new family get the new
 * version, and goes back to the earlier version.
 */
class AdminFilesBrowserIT extends AbstractBotIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String OLD_LINE = "相談員に、このLINEでご相談内容を送ることもできます。どうしますか？";
    static final String NEW_LINE = "（ブラウザで直した版）相談員に、このLINEでご相談内容を送ることもできます。どうしますか？";

    @Autowired
    AdminFileCatalog catalog;

    @BeforeAll
    static void chromium() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterEach
    void noDraftLeft() {
        catalog.discardDraft("intake.yaml", "test");
    }

    @Test
    void editFixTryPublishAndRollBack() throws Exception {
        String base = "http://127.0.0.1:" + port;
        String original = catalog.live("intake.yaml").orElseThrow().content();
        int originalVersion = catalog.live("intake.yaml").orElseThrow().version();
        try (HeadlessChromium chromium = HeadlessChromium.start(1300, 1000)) {
            var driver = chromium.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            signIn(driver, wait, base);

            // the list, then the editor of intake.yaml
            driver.get(base + "/console/admin/files");
            assertThat(driver.findElement(By.id("file-intake.yaml")).getText()).contains("会話フロー", "版 " + originalVersion);
            driver.findElement(By.linkText("intake.yaml")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
            WebElement editor = driver.findElement(By.id("content"));
            assertThat(editor.getAttribute("value")).isEqualTo(original);
            wait.until(d -> d.findElements(By.cssSelector("#flow-view .flow-diagram")).size() == 1);

            // a mistake, typed: an unknown target, shown with its line while the draft is kept
            String broken = original.replace("    next: center\n", "    next: centre\n");
            int line = lineOf(broken, "next: centre");
            setText(driver, editor, broken.substring(0, broken.length() - 1));
            editor.sendKeys(Keys.END, "\n");
            wait.until(d -> !problems(d).isEmpty());
            assertThat(problems(driver)).anyMatch(p -> p.startsWith(line + "行目") && p.contains("centre"));
            assertThat(driver.findElement(By.id("save-status")).getText()).contains("問題が");
            assertThat(catalog.draft("intake.yaml")).hasValueSatisfying(d -> assertThat(d.content()).contains("next: centre"));
            chromium.screenshot(SCREENSHOTS.resolve("admin-files-problem.png"));

            // fixed, with a new line for families
            setText(driver, editor, original.replace(OLD_LINE, NEW_LINE));
            wait.until(d -> d.findElement(By.id("save-status")).getText().contains("問題はありません"));
            assertThat(problems(driver)).isEmpty();
            wait.until(d -> d.findElement(By.id("flow-view")).getText().contains("（ブラウザで直した版）"));
            chromium.screenshot(SCREENSHOTS.resolve("admin-files-editor.png"));

            // tried in the simulator by a family on drafts
            SimulatorPage simulator = new SimulatorPage(driver, Duration.ofSeconds(30)).open(base);
            String tester = simulator.newDraftUser();
            assertThat(tester).startsWith(Edition.DRAFT_FAMILY_PREFIX);
            assertThat(driver.findElement(By.id("drafts-banner")).isDisplayed()).isTrue();
            simulator.addFriend();
            simulator.wait.until(d -> simulator.choices().contains("退院後のこと"));
            simulator.tap("退院後のこと");
            simulator.waitForBotContaining("お住まいの区市町村");
            simulator.type("世田谷区");
            simulator.waitForBot(NEW_LINE);
            chromium.screenshot(SCREENSHOTS.resolve("admin-files-simulator-drafts.png"));
            // meanwhile families still get the live version
            FamilyChat meanwhile = new FamilyChat(port);
            meanwhile.follow();
            meanwhile.tap("退院後のこと");
            assertThat(meanwhile.say("世田谷区")).contains(OLD_LINE);

            // published
            driver.get(base + "/console/admin/files/edit?path=intake.yaml");
            driver.findElement(By.id("publish")).click();
            driver.switchTo().alert().accept();
            wait.until(d -> d.findElements(By.cssSelector(".flash.info")).size() == 1);
            assertThat(driver.findElement(By.cssSelector(".flash.info")).getText())
                    .contains("版 " + (originalVersion + 1) + " として公開しました");
            FamilyChat newcomer = new FamilyChat(port);
            newcomer.follow();
            newcomer.tap("退院後のこと");
            assertThat(newcomer.say("世田谷区")).contains(NEW_LINE);

            // back to the earlier version
            WebElement row = driver.findElement(By.id("version-" + originalVersion));
            row.findElement(By.cssSelector("button.rollback")).click();
            driver.switchTo().alert().accept();
            wait.until(d -> d.findElements(By.cssSelector(".flash.info")).size() == 1
                    && d.findElement(By.cssSelector(".flash.info")).getText().contains("戻しました"));
            assertThat(driver.findElement(By.id("version-" + (originalVersion + 2))).getText()).contains("版 " + originalVersion + " に戻した");
            FamilyChat later = new FamilyChat(port);
            later.follow();
            later.tap("退院後のこと");
            assertThat(later.say("世田谷区")).contains(OLD_LINE).doesNotContain(NEW_LINE);
            assertThat(catalog.live("intake.yaml").orElseThrow().content()).isEqualTo(original);

            // what the published version changed: the version before it against it, picked on the diff page
            driver.get(base + "/console/admin/files/diff?path=intake.yaml&from=live&to=live");
            assertThat(driver.findElement(By.cssSelector("p.sub")).getText()).isEqualTo("違いはありません。");
            new Select(driver.findElement(By.id("from"))).selectByValue(String.valueOf(originalVersion));
            wait.until(ExpectedConditions.urlContains("from=" + originalVersion));
            new Select(driver.findElement(By.id("to"))).selectByValue(String.valueOf(originalVersion + 1));
            wait.until(ExpectedConditions.urlContains("to=" + (originalVersion + 1)));
            assertThat(driver.findElement(By.cssSelector("p.sub")).getText()).isEqualTo("足した行 1、消した行 1");
            assertThat(driver.findElements(By.cssSelector("table.diff tr.d-REMOVED td.code")))
                    .extracting(e -> e.getText().strip()).containsExactly(lineWith(original, OLD_LINE).strip());
            assertThat(driver.findElements(By.cssSelector("table.diff tr.d-ADDED td.code")))
                    .extracting(e -> e.getText().strip()).containsExactly(lineWith(original, OLD_LINE).replace(OLD_LINE, NEW_LINE).strip());
            int changedLine = lineOf(original, OLD_LINE);
            assertThat(driver.findElement(By.cssSelector("table.diff tr.d-ADDED td.no:nth-child(2)")).getText())
                    .isEqualTo(String.valueOf(changedLine));
            chromium.screenshot(SCREENSHOTS.resolve("admin-files-diff.png"));

            // the diagram page of the live flow
            driver.get(base + "/console/admin/files/flow?path=intake.yaml&source=live");
            assertThat(driver.findElements(By.cssSelector("svg.flow-diagram g.node"))).hasSizeGreaterThan(10);
            assertThat(driver.findElement(By.id("state-menu")).getText()).contains("退院後のこと", "保護者の仕事のこと");
            chromium.screenshot(SCREENSHOTS.resolve("admin-files-flow.png"));
        }
    }

    @Test
    void thePreviewShowsEachStateAsLineDoesAndFlagsWhatBreaksLinesLimits() throws Exception {
        String base = "http://127.0.0.1:" + port;
        String original = catalog.live("intake.yaml").orElseThrow().content();
        String longLabel = "退院したあとの、おうちでの生活とケアのこと"; // 21 characters: LINE allows 20
        String edited = original.replace("{ label: 退院後のこと, to: discharge }", "{ label: " + longLabel + ", to: discharge }")
                .replace("  menu:\n    say: |-\n", "  card:\n    buttons:\n      title: 題\n      text: カードの文\n      choices:\n"
                        + "        - { label: はい, to: menu }\n        - { label: いいえ, to: menu }\n\n  menu:\n    say: |-\n");
        assertThat(edited).contains(longLabel, "  card:\n").doesNotContain("label: 退院後のこと,");
        try (HeadlessChromium chromium = HeadlessChromium.start(1300, 1000)) {
            var driver = chromium.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            signIn(driver, wait, base);
            driver.get(base + "/console/admin/files/edit?path=intake.yaml");
            wait.until(d -> d.findElements(By.cssSelector("#flow-view #state-menu")).size() == 1);

            // the live menu: its text as a bubble, its choices as chips, nothing over LINE's limits
            WebElement menu = driver.findElement(By.cssSelector("#flow-view #state-menu"));
            assertThat(menu.findElement(By.cssSelector(".bubble")).getText()).startsWith("どんなことでお困りですか？");
            assertThat(menu.findElements(By.cssSelector(".chips .chip"))).extracting(WebElement::getText)
                    .startsWith("退院後のこと", "保護者の仕事のこと").contains("その他", "ことば / Language").hasSize(11);
            assertThat(menu.getAttribute("class")).doesNotContain("over-limit");
            // the center's card ("{center.card}") is shown as a card with its two buttons
            WebElement center = driver.findElement(By.cssSelector("#flow-view #state-center"));
            assertThat(center.findElement(By.cssSelector(".card .card-title")).getText()).isEqualTo("{center.name}");
            assertThat(center.findElements(By.cssSelector(".card .card-button"))).extracting(WebElement::getText)
                    .containsExactly("電話する", "地図を見る");

            // typed: a label too long for LINE and a new state with a buttons card
            setText(driver, driver.findElement(By.id("content")), edited);
            wait.until(d -> d.findElements(By.cssSelector("#flow-view #state-card")).size() == 1);
            menu = driver.findElement(By.cssSelector("#flow-view #state-menu"));
            assertThat(menu.getAttribute("class")).contains("over-limit");
            assertThat(menu.findElement(By.cssSelector(".chips .chip.too-long")).getText()).isEqualTo(longLabel);
            assertThat(menu.findElements(By.cssSelector("ul.limits li"))).extracting(WebElement::getText)
                    .containsExactly("ボタンの文字「" + longLabel + "」が21文字あります（LINEは20文字まで）");
            WebElement cardState = driver.findElement(By.cssSelector("#flow-view #state-card"));
            assertThat(cardState.findElement(By.cssSelector(".card .card-title")).getText()).isEqualTo("題");
            assertThat(cardState.findElement(By.cssSelector(".card .card-text")).getText()).isEqualTo("カードの文");
            assertThat(cardState.findElements(By.cssSelector(".card .card-button"))).extracting(WebElement::getText)
                    .containsExactly("はい", "いいえ");
            // the editor reports the label too, with its line, and keeps the draft
            wait.until(d -> !problems(d).isEmpty());
            int line = lineOf(edited, longLabel);
            assertThat(problems(driver)).anyMatch(p -> p.startsWith(line + "行目"));
            assertThat(catalog.draft("intake.yaml")).hasValueSatisfying(d -> assertThat(d.content()).contains(longLabel));
            chromium.screenshot(SCREENSHOTS.resolve("admin-files-preview-limits.png"));
        }
        assertThat(catalog.live("intake.yaml").orElseThrow().content()).isEqualTo(original);
    }

    @Test
    void oneFileComesInAsADraftAndGoesOutAsYaml() throws Exception {
        String base = "http://127.0.0.1:" + port;
        String path = "canned-replies.yaml";
        String live = catalog.live(path).orElseThrow().content();
        String edited = live + "# 手元で直した版\n";
        Path upload = java.nio.file.Files.createTempFile("canned-replies-", ".yaml");
        java.nio.file.Files.writeString(upload, edited.replace("\n", "\r\n"));
        try (HeadlessChromium chromium = HeadlessChromium.start(1300, 1000)) {
            var driver = chromium.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            signIn(driver, wait, base);
            driver.get(base + "/console/admin/files");
            driver.findElement(By.id("upload-file")).sendKeys(upload.toAbsolutePath().toString());
            driver.findElement(By.id("upload-path")).sendKeys(path);
            driver.findElement(By.cssSelector("form[action$='/upload'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/console/admin/files/edit"));
            assertThat(driver.findElement(By.cssSelector(".flash.info")).getText()).contains(path + " の下書きにしました");
            assertThat(catalog.draft(path)).hasValueSatisfying(d -> assertThat(d.content()).isEqualTo(edited));
            assertThat(catalog.live(path).orElseThrow().content()).as("live unchanged").isEqualTo(live);
            driver.get(base + "/console/admin/files");
            assertThat(driver.findElement(By.id("file-" + path)).getAttribute("class")).contains("has-draft");

            // the live text and the draft's go out as YAML files
            StaffClient.Session session = new StaffClient.Session(port);
            session.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
            var liveFile = session.get("/console/admin/files/download?path=" + path);
            assertThat(liveFile.statusCode()).isEqualTo(200);
            assertThat(liveFile.body()).isEqualTo(live);
            assertThat(liveFile.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("attachment").contains("canned-replies.yaml");
            assertThat(session.get("/console/admin/files/download?path=" + path + "&draft=true").body()).isEqualTo(edited);
            assertThat(session.get("/console/admin/files/download?path=faq/nothing-here.yaml").statusCode()).isEqualTo(404);
        } finally {
            catalog.discardDraft(path, "test");
            java.nio.file.Files.deleteIfExists(upload);
        }
    }

    @Test
    void theAdministratorsPagesDoNotScrollSidewaysOnAPhone() throws Exception {
        String base = "http://127.0.0.1:" + port;
        try (HeadlessChromium chromium = HeadlessChromium.start(390, 844)) {
            var driver = chromium.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            signIn(driver, wait, base);
            for (String page : List.of("/console/admin/files", "/console/admin/files/edit?path=intake.yaml",
                    "/console/admin/files/flow?path=intake.yaml&source=live", "/console/admin/files/tests",
                    "/console/admin/files/diff?path=intake.yaml&from=live&to=live", "/console/account/password")) {
                driver.get(base + page);
                wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow.intValue()).as(page + " scrolls sideways by").isLessThanOrEqualTo(0);
            }
            driver.get(base + "/console/admin/files/edit?path=intake.yaml");
            wait.until(d -> d.findElements(By.cssSelector("#flow-view .flow-diagram")).size() == 1);
            chromium.screenshot(SCREENSHOTS.resolve("admin-files-phone.png"));
        }
    }

    private static void signIn(org.openqa.selenium.WebDriver driver, WebDriverWait wait, String base) {
        driver.get(base + "/console/login");
        driver.findElement(By.id("username")).sendKeys(StaffClient.ADMIN);
        driver.findElement(By.id("password")).sendKeys(StaffClient.ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/console"));
    }

    /** Replaces the editor's text as a paste would (an input event), then the page saves the draft. */
    private static void setText(org.openqa.selenium.WebDriver driver, WebElement editor, String text) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", editor, text);
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(org.openqa.selenium.WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#problems li')).map(function (e) { return e.innerText; });");
    }

    /** The whole line of the text that holds the part. */
    private static String lineWith(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).findFirst().orElseThrow();
    }

    private static int lineOf(String text, String part) {
        return text.substring(0, text.indexOf(part)).split("\n", -1).length;
    }
}
