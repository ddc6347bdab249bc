package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
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
}
