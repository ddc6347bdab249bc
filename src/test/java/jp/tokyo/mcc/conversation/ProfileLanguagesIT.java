package jp.tokyo.mcc.conversation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new family's language from their LINE profile (GET /v2/bot/profile/{userId} on the WireMock stand-in): en gives
 * English, ja Japanese, any other language やさしい日本語, none Japanese; LINE down gives Japanese, is tried again on
 * the next messages and given up after three attempts. The answer never waits for LINE's profile. The language is
 * erased with the family's data.
 */
class ProfileLanguagesIT extends AbstractBotIT {

    private static final String PROFILE = "/v2/bot/profile/";

    @Autowired
    JdbcClient jdbc;

    private static void profile(String user, String json) {
        LineApiStub.server().stubFor(get(urlPathEqualTo(PROFILE + user)).atPriority(1)
                .willReturn(LineApiStub.okJson(json)));
    }

    private static String profileOf(String user, String language) {
        return "{\"userId\":\"" + user + "\",\"displayName\":\"A\"" + (language == null ? ""
                : ",\"language\":\"" + language + "\"") + "}";
    }

    private void send(String event) {
        assertThat(Webhooks.post(port, Webhooks.body(event)).statusCode()).isEqualTo(200);
    }

    private Map<String, Object> stored(String user) {
        return jdbc.sql("SELECT language, chosen, attempts FROM family_language WHERE user_id = ?").param(user)
                .query().singleRow();
    }

    private boolean storedAny(String user) {
        return jdbc.sql("SELECT COUNT(*) FROM family_language WHERE user_id = ?").param(user).query(Long.class)
                .single() > 0;
    }

    private String languageAfterFollow(String user) {
        send(Webhooks.follow(user, Webhooks.newToken()));
        await().atMost(Duration.ofSeconds(15)).until(() -> storedAny(user));
        return (String) stored(user).get("language");
    }

    /** What the bot answers a text now, as the family reads it. */
    private String answer(String user, String text) {
        String token = Webhooks.newToken();
        send(Webhooks.text(user, text, token));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !LineApiStub.requests(LineApiStub.REPLY, token).isEmpty());
        return String.join("\n", LineApiStub.texts(LineApiStub.requests(LineApiStub.REPLY, token).get(0)));
    }

    @Test
    void englishProfileGivesEnglishFromTheNextAnswer() {
        String user = Webhooks.newUserId();
        profile(user, profileOf(user, "en"));
        assertThat(languageAfterFollow(user)).isEqualTo("en");
        assertThat(answer(user, "menu")).contains("What can we help you with");
        assertThat(LineApiStub.server().findAll(getRequestedFor(urlPathEqualTo(PROFILE + user)))).hasSize(1);
    }

    @Test
    void japaneseOtherAndMissingLanguages() {
        String ja = Webhooks.newUserId();
        profile(ja, profileOf(ja, "ja"));
        assertThat(languageAfterFollow(ja)).isEqualTo("ja");
        assertThat(answer(ja, "メニュー")).contains("どんなことでお困りですか");

        String other = Webhooks.newUserId();
        profile(other, profileOf(other, "zh-Hant"));
        assertThat(languageAfterFollow(other)).isEqualTo("ja-easy");
        assertThat(answer(other, "メニュー")).contains("何に こまって いますか");

        String none = Webhooks.newUserId();
        profile(none, profileOf(none, null));
        assertThat(languageAfterFollow(none)).isEqualTo("ja");
    }

    @Test
    void lineDownMeansJapaneseAndThreeAttemptsAtMost() {
        String user = Webhooks.newUserId();
        LineApiStub.server().stubFor(get(urlPathEqualTo(PROFILE + user)).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        send(Webhooks.follow(user, Webhooks.newToken()));
        await().atMost(Duration.ofSeconds(15)).until(() -> storedAny(user));
        assertThat(stored(user).get("language")).isNull();
        for (int attempt = 2; attempt <= 4; attempt++) {
            assertThat(answer(user, "メニュー")).contains("どんなことでお困りですか");
            int expected = Math.min(attempt, 3);
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> ((Number) stored(user).get("attempts")).intValue() == expected);
        }
        assertThat(answer(user, "メニュー")).contains("どんなことでお困りですか");
        assertThat(LineApiStub.server().findAll(getRequestedFor(urlPathEqualTo(PROFILE + user)))).hasSize(3);
    }

    @Test
    void theAnswerDoesNotWaitForLinesProfile() {
        String user = Webhooks.newUserId();
        LineApiStub.server().stubFor(get(urlPathEqualTo(PROFILE + user)).atPriority(1)
                .willReturn(LineApiStub.okJson(profileOf(user, "en")).withFixedDelay(4000)));
        String token = Webhooks.newToken();
        send(Webhooks.follow(user, token));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !LineApiStub.requests(LineApiStub.REPLY, token).isEmpty());
        // the welcome went out while LINE's profile had not answered yet (it is later given up: a timeout)
        assertThat(storedAny(user)).isFalse();
        assertThat(String.join("\n", LineApiStub.texts(LineApiStub.requests(LineApiStub.REPLY, token).get(0))))
                .contains("東京都医療的ケア児支援センターのLINEです");
    }

    @Test
    void theSwitchWinsOverTheProfileAndTheLanguageIsErasedWithTheFamily() {
        String user = Webhooks.newUserId();
        profile(user, profileOf(user, "en"));
        assertThat(languageAfterFollow(user)).isEqualTo("en");
        assertThat(answer(user, "language")).contains("Which language would you like");
        assertThat(answer(user, "日本語")).contains("これからは日本語でお話しします");
        assertThat(stored(user).get("language")).isEqualTo("ja");
        assertThat(stored(user).get("chosen")).isEqualTo(true);
        assertThat(answer(user, "データを削除")).contains("削除しますか");
        assertThat(answer(user, "削除する")).contains("削除しました");
        await().atMost(Duration.ofSeconds(15)).until(() -> !storedAny(user));
    }
}
