package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * With a real channel (the shared test context), an administrator signs in to the console and uses the simulator
 * page in headless Chromium: its posts ride on the console's session with the CSRF token, the real bot answers, and
 * real LINE (WireMock) gets nothing for the simulated family.
 */
class SimulatorAdminBrowserIT extends AbstractBotIT {

    static final Path SCREENSHOT = Path.of("target", "screenshots", "simulator-admin.png");

    @BeforeAll
    static void chromium() {
        HeadlessChromium.assumeInstalled();
    }

    @Test
    void anAdministratorTriesTheRealBotWithoutReachingLine() throws Exception {
        String base = "http://127.0.0.1:" + port;
        try (HeadlessChromium chromium = HeadlessChromium.start(1000, 900)) {
            chromium.driver.get(base + "/simulator");
            WebDriverWait wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.urlContains("/console/login"));
            chromium.driver.findElement(By.id("username")).sendKeys(StaffClient.ADMIN);
            chromium.driver.findElement(By.id("password")).sendKeys(StaffClient.ADMIN_PASSWORD);
            chromium.driver.findElement(By.cssSelector("form button[type=submit]")).click();
            // signing in leads back to the simulator page asked for
            wait.until(ExpectedConditions.urlContains("/simulator"));

            SimulatorPage page = new SimulatorPage(chromium.driver, Duration.ofSeconds(30)).open(base);
            assertThat(page.texts(".admin-banner")).containsExactly("管理者用：本番のボットを試すシミュレーターです（LINEには送られません）");
            String user = page.newUser();
            assertThat(SimulatedUsers.isSimulated(user)).isTrue();
            page.addFriend();
            page.wait.until(d -> !page.botTexts().isEmpty());
            int greeting = page.botTexts().size();

            page.type("こんにちは");
            page.waitForUser("こんにちは");
            page.wait.until(d -> page.texts(".row.user .meta").stream().anyMatch(t -> t.contains("既読")));
            page.wait.until(d -> page.botTexts().size() > greeting);
            chromium.screenshot(SCREENSHOT);

            assertThat(LineApiStub.allRequestsMentioning(user)).isEmpty();
        }
    }
}
