package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A newcomer's first start in local mode (no LINE channel, no APP_ADMIN_* variables, an empty database of its own,
 * also in the PostgreSQL run): an administrator is made with a one-time password printed in the log; signing in
 * with it leads to choosing one's own password, and then the console opens.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.line.channel-secret=",
        "app.line.channel-token=",
        "app.line.api-endpoint=",
        "app.staff.bootstrap-admin-username=",
        "app.staff.bootstrap-admin-password=",
        "app.conversation.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:first-run;DB_CLOSE_DELAY=-1",
        "spring.datasource.driver-class-name=org.h2.Driver",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
@ActiveProfiles("test")
class FirstRunIT {

    @LocalServerPort
    int port;

    @Test
    void theOneTimePasswordInTheLogLetsTheNewcomerInAndMustBeChanged(CapturedOutput output) {
        Matcher m = Pattern.compile("administrator \"admin\" with the one-time password (\\S+) ").matcher(output.getOut());
        assertThat(m.find()).as("the one-time password in the log").isTrue();
        String oneTime = m.group(1);

        StaffClient.Session browser = new StaffClient.Session(port);
        assertThat(browser.login("admin", "not-" + oneTime).headers().firstValue("Location").orElse("")).contains("error");
        browser.login("admin", oneTime);
        HttpResponse<String> files = browser.get("/console/admin/files");
        assertThat(files.headers().firstValue("Location").orElse("")).endsWith("/console/account/password");
        assertThat(browser.get("/simulator").headers().firstValue("Location").orElse("")).endsWith("/console/account/password");
        String page = browser.get("/console/account/password").body();
        String token = StaffClient.Session.csrfToken(page);
        HttpResponse<String> changed = browser.postForm("/console/account/password", "_csrf=" + enc(token)
                + "&currentPassword=" + enc(oneTime) + "&newPassword=hotaru-minato-2804&confirmPassword=hotaru-minato-2804");
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/console");
        assertThat(browser.get("/console/admin/files").statusCode()).isEqualTo(200);
        assertThat(new StaffClient(port, "admin", "hotaru-minato-2804").get("/api/admin/files").status()).isEqualTo(200);
        assertThat(new StaffClient(port, "admin", oneTime).get("/api/admin/files").status()).isEqualTo(401);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
