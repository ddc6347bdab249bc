package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The simulator's families have a LINE language (the page's 「LINEの言語」 select): its stand-in answers the profile
 * with it, and the real bot reads it as it reads LINE's: English gives English, another language やさしい日本語.
 */
class SimulatorLanguageIT extends AbstractBotIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSimulatedFamilysLanguageComesFromTheStandInsProfile() {
        StaffClient admin = StaffClient.admin(port);
        String english = create(admin, "en");
        String chinese = create(admin, "zh-Hans");
        for (String id : List.of(english, chinese)) {
            assertThat(admin.post("/simulator/api/users/" + id + "/follow", null).status()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(english) != null && stored(chinese) != null);
        assertThat(stored(english)).isEqualTo("en");
        assertThat(stored(chinese)).isEqualTo("ja-easy");

        say(admin, english, "menu");
        await().atMost(Duration.ofSeconds(30)).until(() -> botTexts(admin, english).stream()
                .anyMatch(t -> t.contains("What can we help you with")));
        say(admin, chinese, "メニュー");
        await().atMost(Duration.ofSeconds(30)).until(() -> botTexts(admin, chinese).stream()
                .anyMatch(t -> t.contains("何に こまって いますか")));
        assertThat(userView(admin, english).path("language").asText()).isEqualTo("en");
    }

    private static String create(StaffClient admin, String language) {
        StaffClient.Response created = admin.post("/simulator/api/users",
                "{\"name\":\"" + language + "\",\"language\":\"" + language + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private String stored(String userId) {
        return jdbc.sql("SELECT language FROM family_language WHERE user_id = ?").param(userId).query(String.class)
                .optional().orElse(null);
    }

    private static void say(StaffClient admin, String id, String text) {
        assertThat(admin.post("/simulator/api/users/" + id + "/messages", "{\"text\":\"" + text + "\"}").status())
                .isEqualTo(200);
    }

    private static JsonNode userView(StaffClient admin, String id) {
        for (JsonNode u : admin.get("/simulator/api/users").json()) {
            if (u.get("id").asText().equals(id)) {
                return u;
            }
        }
        throw new AssertionError("no simulated user " + id);
    }

    private static List<String> botTexts(StaffClient admin, String id) {
        List<String> texts = new ArrayList<>();
        for (JsonNode e : admin.get("/simulator/api/users/" + id + "/chat").json().path("entries")) {
            if ("bot".equals(e.path("from").asText())) {
                texts.add(e.path("text").asText());
            }
        }
        return texts;
    }
}
