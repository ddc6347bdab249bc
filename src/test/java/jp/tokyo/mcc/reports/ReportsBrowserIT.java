package jp.tokyo.mcc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.PastInquiries;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports page in headless Chromium: an administrator picks a period and sees the monthly chart (one bar per
 * center and month, as high as the count), the tables and the CSV link; a counsellor sees their own center only; on a
 * 390 px wide phone the page does not scroll sideways. The inquiries are of 2005 (this test's own year).
 */
class ReportsBrowserIT extends AbstractBotIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int YEAR = 2005;

    @Autowired
    CounsellorDesk desk;

    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    Path profile;

    @BeforeEach
    void startBrowserAndMakeInquiries() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium is not installed");
        PastInquiries past = new PastInquiries(desk, jdbc);
        past.clearYear(YEAR);
        for (int i = 0; i < 3; i++) {
            past.open(Webhooks.newUserId(), CenterId.KUBU, "退院後のこと", "練馬区", at(2, 1 + i), at(2, 2 + i));
        }
        past.open(Webhooks.newUserId(), CenterId.KUBU, "きょうだいのこと", "新宿区", at(3, 1), null);
        past.open(Webhooks.newUserId(), CenterId.TAMA, "災害時のこと", "檜原村", at(2, 10), at(2, 14));
        profile = Files.createTempDirectory("reports-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=ja");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
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

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(YEAR, month, day, 10, 0);
    }

    @Test
    void anAdministratorSeesTheMonthlyChartAndTablesOfEveryCenter() throws IOException {
        login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        driver.get(url("/console/reports"));
        // the period as the date pickers would set it (typing into a date field depends on the locale)
        ((JavascriptExecutor) driver).executeScript("document.getElementById('from').value = '2005-01-01';"
                + "document.getElementById('to').value = '2005-06-30';");
        driver.findElement(By.cssSelector(".report-period button[type=submit]")).click();
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("report-total"), "5件"));

        List<WebElement> bars = driver.findElements(By.cssSelector("#monthly-chart rect.bar"));
        assertThat(bars).hasSize(12); // six months, two centers
        WebElement februaryKubu = driver.findElement(By.cssSelector("rect[data-month='2005-02'][data-center=kubu]"));
        WebElement februaryTama = driver.findElement(By.cssSelector("rect[data-month='2005-02'][data-center=tama]"));
        WebElement januaryKubu = driver.findElement(By.cssSelector("rect[data-month='2005-01'][data-center=kubu]"));
        assertThat(februaryKubu.getAttribute("data-count")).isEqualTo("3");
        assertThat(height(februaryKubu)).isEqualTo(3 * height(februaryTama), org.assertj.core.data.Offset.offset(0.01));
        assertThat(height(januaryKubu)).isZero();
        assertThat(driver.findElement(By.id("monthly-table")).getText()).contains("2005-02 3 1", "2005-03 1 0");
        assertThat(driver.findElement(By.id("category-table")).getText()).contains("退院後のこと 3", "災害時のこと 1");
        assertThat(driver.findElement(By.id("municipality-table")).getText()).contains("練馬区 3", "檜原村 1");
        assertThat(driver.findElement(By.id("response-table")).getText()).contains("区部", "多摩", "合計");
        assertThat(driver.findElement(By.id("faq-summary")).getText()).contains("役に立った", "答えられなかった質問");
        assertThat(driver.findElement(By.id("csv-link")).getAttribute("href"))
                .endsWith("/api/reports/inquiries.csv?from=2005-01-01&to=2005-06-30");
        screenshot("reports-admin.png");

        driver.manage().window().setSize(new Dimension(390, 844));
        Long scrollWidth = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(scrollWidth).as("the page scrolls sideways at 390 px").isLessThanOrEqualTo(0L);
        screenshot("reports-phone.png");
    }

    @Test
    void aCounsellorSeesTheirOwnCenterOnly() {
        StaffClient tama = StaffClient.newCounsellor(port, "tama");
        login(tama.username(), StaffClient.PASSWORD);
        driver.get(url("/console/reports?from=2005-01-01&to=2005-06-30&center=kubu"));
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("report-total"), "1件"));
        assertThat(driver.findElements(By.cssSelector("#monthly-chart rect.bar"))).hasSize(6);
        assertThat(driver.findElements(By.cssSelector("rect.bar-kubu"))).isEmpty();
        assertThat(driver.findElements(By.id("center"))).as("no center to choose").isEmpty();
        assertThat(driver.findElement(By.id("municipality-table")).getText()).contains("檜原村").doesNotContain("練馬区");
    }

    private void login(String username, String password) {
        driver.get(url("/console/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo(10).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static double height(WebElement rect) {
        return Double.parseDouble(rect.getAttribute("height"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds * 3L));
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
