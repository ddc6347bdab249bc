package jp.tokyo.mcc.console;

import static jp.tokyo.mcc.support.LineApiStub.PUSH;
import static jp.tokyo.mcc.support.LineApiStub.requests;
import static jp.tokyo.mcc.support.LineApiStub.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The console in headless Chromium: login, inquiry list, live arrival, claim, reply to LINE, live family answer, close. */
class ConsoleBrowserIT extends AbstractBotIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Autowired
    CounsellorDesk desk;

    @Autowired
    OpenInquiries openInquiries;

    WebDriver driver;
    Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium is not installed");
        profile = Files.createTempDirectory("console-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * Waits until the element's text contains {@code text}. Read in one script call: htmx and the live updates swap
     * parts of the page at any moment, and an element found in one WebDriver call may be gone in the next.
     */
    private void waitForText(String css, String text) {
        waitUpTo(10).until(d -> {
            String shown = textOf(css);
            return shown != null && shown.contains(text);
        });
    }

    /** The element's text, read in one script call (null when it is not on the page). */
    private String textOf(String css) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var e = document.querySelector(arguments[0]); return e ? e.innerText : null;", css);
    }

    private WebDriverWait waitUpTo(int seconds) {
        // three times as long on a loaded CI machine: a wait ends as soon as its condition holds
        return new WebDriverWait(driver, Duration.ofSeconds(seconds * 3L));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> pushedTexts(String userId) {
        List<String> all = new ArrayList<>();
        requests(PUSH, userId).forEach(r -> all.addAll(texts(r)));
        return all;
    }

    @Test
    void counsellorHandlesAnInquiryInTheBrowser() throws IOException {
        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        String family = Webhooks.newUserId();
        HandoffReceipt first = desk.open(Handoffs.request(family, CenterId.KUBU));

        // login
        driver.get(url("/console"));
        waitUpTo(10).until(ExpectedConditions.urlContains("/console/login"));
        assertThat(driver.getTitle()).contains("ログイン");
        driver.findElement(By.id("username")).sendKeys(counsellor.username());
        driver.findElement(By.id("password")).sendKeys(StaffClient.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();

        // the inquiry list with the new inquiry
        waitForText("h1", "受付一覧");
        // (read in one script call each: the list refreshes itself when its live stream connects)
        waitForText("#inquiry-list", first.inquiryNumber());
        assertThat(textOf("#inquiry-list")).contains(first.inquiryNumber(), "練馬区");
        assertThat(textOf(".tabs a[data-tab=new] .count")).matches("[1-9]\\d*");

        // a new inquiry announces itself without a reload
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.body.dataset.marker = 'same-page'");
        waitForEventStream();
        HandoffReceipt second = desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.KUBU));
        waitForText("#inquiry-list", second.inquiryNumber());
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("toast")));
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-marker")).as("no reload").isEqualTo("same-page");
        screenshot("console-inquiry-list.png");

        // open the conversation and claim it
        driver.get((String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#inquiry-list a')).find(a => a.textContent === arguments[0]).href",
                first.inquiryNumber()));
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("transcript")));
        assertThat(textOf("#transcript")).contains("退院後に使えるサービスを知りたいです。");
        driver.findElement(By.id("claim")).click();
        waitForText("#owner", "相談員");

        // reply: reaches the family on LINE
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("canned"))).selectByIndex(1);
        assertThat(driver.findElement(By.id("reply-text")).getDomProperty("value")).isNotBlank();
        driver.findElement(By.id("reply-text")).clear();
        driver.findElement(By.id("reply-text")).sendKeys("相談員の佐藤です。お話を聞かせてください。");
        driver.findElement(By.id("send")).click();
        waitForText(".flash.info", "送りました");
        await().atMost(Duration.ofSeconds(30)).until(() -> pushedTexts(family).contains("相談員の佐藤です。お話を聞かせてください。"));

        // an internal note, visibly distinct and never sent
        driver.findElement(By.id("note-text")).sendKeys("父親から電話あり（内部メモ）");
        driver.findElement(By.id("add-note")).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#transcript .a-NOTE")));

        // the family's answer appears live
        waitForEventStream();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.body.dataset.marker = 'same-page'");
        assertThat(openInquiries.takeOver(Handoffs.text(family, "ありがとうございます。来週退院します。"),
                SafetyAssessment.NOTHING)).isTrue();
        waitForText("#transcript", "来週退院します。");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-marker")).as("no reload").isEqualTo("same-page");
        screenshot("console-conversation.png");
        assertThat(pushedTexts(family)).noneMatch(t -> t.contains("内部メモ"));

        // close with an outcome: the family is told
        driver.findElement(By.xpath("//summary[contains(., '相談を終了する')]")).click();
        driver.findElement(By.id("outcome")).sendKeys("退院後の制度を案内した");
        driver.findElement(By.id("close")).click();
        waitUpTo(5).until(ExpectedConditions.alertIsPresent()).accept();
        waitForText("#inquiry-status", "終了");
        await().atMost(Duration.ofSeconds(30)).until(() -> pushedTexts(family).stream()
                .anyMatch(t -> t.contains(first.inquiryNumber())));
    }

    @Test
    void administratorCreatesAnAccountInTheBrowser() throws IOException {
        driver.get(url("/console/login"));
        driver.findElement(By.id("username")).sendKeys(StaffClient.ADMIN);
        driver.findElement(By.id("password")).sendKeys(StaffClient.ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForText("h1", "受付一覧");
        driver.findElement(By.linkText("アカウント")).click();
        waitForText("h1", "アカウント");
        String name = "browser-" + System.nanoTime();
        driver.findElement(By.id("new-username")).sendKeys(name);
        driver.findElement(By.id("new-display")).sendKeys("区部 太郎");
        driver.findElement(By.id("new-password")).sendKeys("mikan-tsubaki-58");
        driver.findElement(By.cssSelector(".account-form button")).click();
        waitForText(".flash.info", name);
        assertThat(driver.findElement(By.cssSelector("table.accounts")).getText()).contains(name, "区部 太郎", "相談員");
        screenshot("console-admin-accounts.png");
        assertThat(new StaffClient(port, name, "mikan-tsubaki-58").get("/api/inquiries").status()).isEqualTo(200);
        driver.findElement(By.linkText("監査ログ")).click();
        waitForText("table", "アカウントを作った");
    }

    @Test
    void theInquiryPageShowsTheConsentAgreedToAndAnErasure() throws IOException {
        String family = Webhooks.newUserId();
        String consent = "この内容を相談員にお伝えします（ブラウザのテスト " + System.nanoTime() + "）。送ってよろしいですか？";
        HandoffReceipt receipt = desk.open(Handoffs.request(family, CenterId.KUBU)
                .withConsent(consent, java.time.Instant.parse("2026-04-01T01:02:00Z")));
        StaffClient admin = StaffClient.admin(port);
        String id = admin.get("/api/inquiries/" + receipt.inquiryNumber()).json().path("id").asText();
        int version = admin.get("/api/inquiries/" + id).json().path("consent").path("version").asInt();

        driver.get(url("/console/login"));
        driver.findElement(By.id("username")).sendKeys(StaffClient.ADMIN);
        driver.findElement(By.id("password")).sendKeys(StaffClient.ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForText("h1", "受付一覧");
        driver.get(url("/console/inquiries/" + id));
        waitForText("#consent", "同意文 第" + version + "版");
        assertThat(textOf("#consent")).contains("2026");
        assertThat(textOf("body")).contains("退院後に使えるサービスを知りたいです。");
        assertThat(textOf("#erased-note")).isNull();
        screenshot("console-inquiry-consent.png");

        assertThat(admin.post("/api/inquiries/" + id + "/erase", null).status()).isEqualTo(200);
        driver.navigate().refresh();
        waitForText("#erased-note", "削除されました");
        assertThat(textOf("body")).doesNotContain("退院後に使えるサービスを知りたいです。");
        assertThat(textOf("#consent")).contains("同意文 第" + version + "版");
        screenshot("console-inquiry-erased.png");
    }

    /** The page's EventSource is connected (so an event sent now reaches it). */
    private void waitForEventStream() {
        waitUpTo(10).until(d -> "on".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.body.dataset.live")));
    }
}
