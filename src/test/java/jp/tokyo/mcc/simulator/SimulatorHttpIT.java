package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.line.LineChannel;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The simulator over real HTTP: the family's side in, signed webhooks to /callback, the bot's SDK out to the stand-in. */
class SimulatorHttpIT extends AbstractSimulatorIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LineChannel channel;

    @Autowired
    Outbox outbox;

    SimulatorClient sim;

    @BeforeEach
    void client() {
        sim = new SimulatorClient(port);
    }

    @Test
    void runsInLocalMode() {
        assertThat(channel.isLocalMode()).isTrue();
    }

    @Test
    void textReachesTheBotAsASignedWebhookAndItsReplyIsCaptured() {
        String user = sim.newUser("テスト");

        assertThat(sim.follow(user).status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> sim.botTexts(user).contains(ScriptedConversation.GREETING));

        SimulatorClient.Answer sent = sim.send(user, "こんにちは");
        // 200 means the bot's /callback accepted the webhook, i.e. its signature was valid
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body().path("outcome").asText()).isEqualTo("delivered");
        assertThat(jdbc.sql("SELECT event_type FROM line_inbox_event WHERE user_id = ? ORDER BY id").param(user)
                .query(String.class).list()).containsExactly("follow", "message");

        await().atMost(WAIT).until(() -> sim.botTexts(user).contains(ScriptedConversation.MENU_CARD_TEXT));
        List<JsonNode> users = sim.entries(user, "user");
        assertThat(users).hasSize(1);
        assertThat(users.get(0).path("text").asText()).isEqualTo("こんにちは");
        assertThat(users.get(0).path("status").asText()).isEqualTo("read");

        List<JsonNode> bot = sim.entries(user, "bot");
        assertThat(bot).extracting(e -> e.path("via").asText()).containsOnly("reply");
        JsonNode prompt = bot.get(1);
        assertThat(prompt.path("type").asText()).isEqualTo("text");
        assertThat(prompt.path("text").asText()).isEqualTo(ScriptedConversation.MENU_PROMPT);
        assertThat(prompt.path("quickReplies")).isEmpty();
        JsonNode card = bot.get(2);
        assertThat(labels(card.path("quickReplies"))).containsExactly("退院後のこと", "災害時のこと");
        JsonNode chip = card.path("quickReplies").get(1);
        assertThat(chip.path("type").asText()).isEqualTo("postback");
        assertThat(chip.path("data").asText()).isEqualTo("topic=disaster");
        assertThat(chip.path("displayText").asText()).isEqualTo("災害時のこと");
        assertThat(card.path("type").asText()).isEqualTo("buttons");
        assertThat(card.path("title").asText()).isEqualTo("メニュー");
        assertThat(labels(card.path("actions"))).containsExactly("相談員と話す", "よくある質問");

        // a postback chip: the display text is the family's bubble, the data goes to the bot
        assertThat(sim.tap(user, chip).status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> sim.botTexts(user).contains("postback:topic=disaster"));
        // a message-action button: the family says its text
        assertThat(sim.tap(user, card.path("actions").get(0)).status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> sim.botTexts(user).contains("受け取りました：相談員と話す"));
        assertThat(sim.entries(user, "user")).extracting(e -> e.path("text").asText())
                .containsExactly("こんにちは", "災害時のこと", "相談員と話す");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE user_id = ? AND event_type = 'postback'")
                .param(user).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void eachUserHasTheirOwnChat() {
        String first = sim.newUser("ひとり目");
        String second = sim.newUser("ふたり目");
        sim.follow(first);
        sim.send(first, "ひとり目です");
        await().atMost(WAIT).until(() -> sim.botTexts(first).contains("受け取りました：ひとり目です"));
        assertThat(sim.chat(second).path("entries")).isEmpty();
        assertThat(sim.chat(second).path("user").path("friendship").asText()).isEqualTo("NEW");
        assertThat(sim.chat(first).path("user").path("friendship").asText()).isEqualTo("FRIEND");
    }

    @Test
    void pushWithAnAcceptedRetryKeyIsAnswered409AndShownOnce() {
        String user = sim.newUser("プッシュ");
        String key = UUID.randomUUID().toString();
        Map<String, Object> push = Map.of("to", user, "messages", List.of(Map.of("type", "text", "text", "お知らせです")));

        SimulatorClient.Answer first = sim.lineApi("/v2/bot/message/push", push, Map.of("X-Line-Retry-Key", key));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("sentMessages")).hasSize(1);
        assertThat(first.body().path("sentMessages").get(0).path("id").asText()).isNotEmpty();
        assertThat(first.body().path("sentMessages").get(0).path("quoteToken").asText()).isNotEmpty();

        SimulatorClient.Answer again = sim.lineApi("/v2/bot/message/push", push, Map.of("X-Line-Retry-Key", key));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("message").asText()).isEqualTo("The retry key is already accepted");
        assertThat(again.body().path("sentMessages")).isEqualTo(first.body().path("sentMessages"));
        assertThat(again.raw().headers().firstValue("X-Line-Accepted-Request-Id"))
                .isEqualTo(first.raw().headers().firstValue("X-Line-Request-Id"));

        assertThat(sim.botTexts(user)).containsExactly("お知らせです");
        assertThat(sim.entries(user, "bot").get(0).path("via").asText()).isEqualTo("push");

        // without a key every push is shown
        sim.lineApi("/v2/bot/message/push", push, Map.of());
        sim.lineApi("/v2/bot/message/push", push, Map.of());
        assertThat(sim.botTexts(user)).hasSize(3);
    }

    @Test
    void theOutboxPushesToASimulatedUser() {
        String user = sim.newUser("スタッフから");
        outbox.push(user, List.of(new OutgoingMessage.Text("相談員からのお返事です")), Outbox.Origin.STAFF);
        await().atMost(WAIT).until(() -> sim.botTexts(user).contains("相談員からのお返事です"));
        assertThat(sim.entries(user, "bot").get(0).path("via").asText()).isEqualTo("push");
    }

    @Test
    void anInvalidReplyTokenIsRefusedLikeLineAndTheBotFallsBackToPush() {
        String user = sim.newUser("トークン");
        Map<String, Object> reply = Map.of("replyToken", "0123456789abcdef0123456789abcdef",
                "messages", List.of(Map.of("type", "text", "text", "x")));
        SimulatorClient.Answer refused = sim.lineApi("/v2/bot/message/reply", reply, Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("message").asText()).isEqualTo("Invalid reply token");

        // an event whose reply token the simulator never issued, signed as the simulator signs
        String body = "{\"destination\":\"Ubot\",\"events\":[{\"type\":\"message\",\"replyToken\":\"not-issued-token\","
                + "\"mode\":\"active\",\"timestamp\":" + System.currentTimeMillis() + ",\"source\":{\"type\":\"user\","
                + "\"userId\":\"" + user + "\"},\"webhookEventId\":\"" + UUID.randomUUID() + "\","
                + "\"deliveryContext\":{\"isRedelivery\":false},\"message\":{\"type\":\"text\",\"id\":\"1\","
                + "\"quoteToken\":\"q\",\"text\":\"届いていますか\"}}]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SimulatorClient.Answer accepted = sim.post("/callback", body,
                Map.of("X-Line-Signature", channel.signForSimulator(bytes)));
        assertThat(accepted.status()).isEqualTo(200);

        await().atMost(WAIT).until(() -> sim.botTexts(user).contains("受け取りました：届いていますか"));
        assertThat(sim.entries(user, "bot")).singleElement()
                .satisfies(e -> assertThat(e.path("via").asText()).isEqualTo("push"));
    }

    @Test
    void aReplyTokenIsUsedOnce() {
        String user = sim.newUser("一度だけ");
        sim.follow(user);
        await().atMost(WAIT).until(() -> sim.botTexts(user).contains(ScriptedConversation.GREETING));
        String usedToken = jdbc.sql("SELECT reply_token FROM line_inbox_event WHERE user_id = ?").param(user)
                .query(String.class).single();
        SimulatorClient.Answer again = sim.lineApi("/v2/bot/message/reply", Map.of("replyToken", usedToken,
                "messages", List.of(Map.of("type", "text", "text", "もう一度"))), Map.of());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().path("message").asText()).isEqualTo("Invalid reply token");
        assertThat(sim.botTexts(user)).containsExactly(ScriptedConversation.GREETING);
    }

    @Test
    void theStandInRefusesWhatLineRefuses() {
        String user = sim.newUser("ルール");
        List<Map<String, Object>> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(Map.of("type", "text", "text", "m" + i));
        }
        SimulatorClient.Answer tooMany = sim.lineApi("/v2/bot/message/push", Map.of("to", user, "messages", six), Map.of());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().path("details").get(0).path("property").asText()).isEqualTo("messages");

        Map<String, Object> longLabel = Map.of("type", "text", "text", "えらんでください", "quickReply", Map.of("items",
                List.of(Map.of("type", "action", "action", Map.of("type", "message", "label", "あ".repeat(21), "text", "あ")))));
        SimulatorClient.Answer label = sim.lineApi("/v2/bot/message/push",
                Map.of("to", user, "messages", List.of(longLabel)), Map.of());
        assertThat(label.status()).isEqualTo(400);
        assertThat(label.body().path("details").get(0).path("property").asText())
                .isEqualTo("messages[0].quickReply.items[0].action.label");

        SimulatorClient.Answer noAuth = sim.post(MessagingApiStandIn.PATH + "/v2/bot/message/push",
                Map.of("to", user, "messages", List.of(Map.of("type", "text", "text", "x"))), Map.of());
        assertThat(noAuth.status()).isEqualTo(401);
        assertThat(noAuth.body().path("message").asText()).startsWith("Authentication failed");
        for (String notAnObject : List.of("{\"to\":", "[1, 2]", "")) {
            SimulatorClient.Answer malformed = sim.lineApi("/v2/bot/message/reply", notAnObject, Map.of());
            assertThat(malformed.status()).as(notAnObject).isEqualTo(400);
            assertThat(malformed.body().path("message").asText()).isEqualTo("The request body could not be parsed as JSON");
        }

        SimulatorClient.Answer unknownUser = sim.lineApi("/v2/bot/message/push",
                Map.of("to", "U0000", "messages", List.of(Map.of("type", "text", "text", "x"))), Map.of());
        assertThat(unknownUser.status()).isEqualTo(400);

        SimulatorClient.Answer badKey = sim.lineApi("/v2/bot/message/push",
                Map.of("to", user, "messages", List.of(Map.of("type", "text", "text", "x"))),
                Map.of("X-Line-Retry-Key", "not-a-uuid"));
        assertThat(badKey.status()).isEqualTo(400);

        assertThat(sim.chat(user).path("entries")).isEmpty();
    }

    @Test
    void theLoadingAnimationShowsUntilTheBotAnswers() {
        String user = sim.newUser("ローディング");
        sim.follow(user);
        await().atMost(WAIT).until(() -> sim.botTexts(user).contains(ScriptedConversation.GREETING));

        assertThat(sim.lineApi("/v2/bot/chat/loading/start", Map.of("chatId", user, "loadingSeconds", 7), Map.of())
                .status()).isEqualTo(400);
        SimulatorClient.Answer started = sim.lineApi("/v2/bot/chat/loading/start",
                Map.of("chatId", user, "loadingSeconds", 20), Map.of());
        assertThat(started.status()).isEqualTo(202);
        assertThat(sim.chat(user).path("loading").asBoolean()).isTrue();

        // as the bot shows it: through its LINE SDK client
        String other = sim.newUser("ローディング2");
        outbox.showLoading(other, 5);
        await().atMost(WAIT).until(() -> sim.chat(other).path("loading").asBoolean());

        outbox.push(user, List.of(new OutgoingMessage.Text("お待たせしました")), Outbox.Origin.BOT);
        await().atMost(WAIT).until(() -> sim.botTexts(user).contains("お待たせしました"));
        assertThat(sim.chat(user).path("loading").asBoolean()).isFalse();
    }

    @Test
    void aBlockedAccountGetsAnUnfollowAndNothingReachesTheFamily() {
        String user = sim.newUser("ブロック");
        sim.follow(user);
        await().atMost(WAIT).until(() -> sim.botTexts(user).contains(ScriptedConversation.GREETING));

        assertThat(sim.post("/simulator/api/users/" + user + "/block", null, Map.of()).status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE user_id = ? "
                + "AND event_type = 'unfollow' AND status = 'DONE'").param(user).query(Long.class).single() == 1);
        assertThat(sim.send(user, "ブロック中").status()).isEqualTo(409);
        SimulatorClient.Answer push = sim.lineApi("/v2/bot/message/push",
                Map.of("to", user, "messages", List.of(Map.of("type", "text", "text", "届かない"))), Map.of());
        assertThat(push.status()).isEqualTo(200);
        assertThat(sim.botTexts(user)).doesNotContain("届かない");

        assertThat(sim.follow(user).status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> sim.botTexts(user).stream()
                .filter(ScriptedConversation.GREETING::equals).count() == 2);
        assertThat(sim.entries(user, "system")).extracting(e -> e.path("text").asText())
                .containsExactly("follow", "block", "unblock");
        String payload = jdbc.sql("SELECT payload FROM line_inbox_event WHERE user_id = ? AND event_type = 'follow' "
                + "ORDER BY id DESC").param(user).query(String.class).list().get(0);
        assertThat(SimulatorClient.json(payload).path("follow").path("isUnblocked").asBoolean()).isTrue();
    }

    @Test
    void theFamilySendsASticker() {
        String user = sim.newUser("スタンプ");
        sim.follow(user);
        assertThat(sim.post("/simulator/api/users/" + user + "/stickers", null, Map.of()).status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> sim.botTexts(user).contains("message:sticker"));
        assertThat(sim.entries(user, "user").get(0).path("type").asText()).isEqualTo("sticker");
    }

    @Test
    void thePageIsServed() {
        SimulatorClient.Answer page = sim.getRaw("/simulator");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("医療的ケア児支援センター", "ローカルモード：LINEの代わりのシミュレーターです",
                "/simulator/simulator.js");
        assertThat(sim.getRaw("/simulator/simulator.js").status()).isEqualTo(200);
        assertThat(sim.getRaw("/simulator/simulator.css").status()).isEqualTo(200);
    }

    @Test
    void theRootLeadsToTheSimulator() throws Exception {
        var response = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/")).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
        org.junit.jupiter.api.Assumptions.assumeFalse(response.statusCode() == 401 || response.statusCode() == 403,
                "the security configuration (staff module) does not permit GET / in local mode yet");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/simulator"));
    }

    private static List<String> labels(JsonNode actions) {
        List<String> labels = new ArrayList<>();
        actions.forEach(a -> labels.add(a.path("label").asText()));
        return labels;
    }
}
