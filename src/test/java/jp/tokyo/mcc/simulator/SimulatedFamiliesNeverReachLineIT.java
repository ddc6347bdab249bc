package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.tokyo.mcc.line.LineChannel;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With a real channel (the shared test context: a channel secret, the Messaging API at WireMock standing in for real
 * LINE) an administrator plays a family in the simulator: the events go through the real webhook (signed with the
 * real secret), inbox and conversation; what the bot answers is captured by the simulator's stand-in, and real LINE
 * gets nothing for that family. A real family's answers still go to LINE.
 */
class SimulatedFamiliesNeverReachLineIT extends AbstractBotIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    LineChannel channel;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAdministratorsSimulatedFamilyTalksToTheRealBotButNeverReachesLine() throws Exception {
        assertThat(channel.isLocalMode()).isFalse();
        JsonNode created = call("POST", "/simulator/api/users", "{\"name\":\"試すひと\"}", 201);
        String user = created.path("id").asText();
        assertThat(SimulatedUsers.isSimulated(user)).isTrue();
        assertThat(user).hasSizeLessThanOrEqualTo(33);

        assertThat(call("POST", "/simulator/api/users/" + user + "/follow", null, 200).path("outcome").asText())
                .isEqualTo("delivered");
        await().atMost(WAIT).until(() -> !botEntries(user).isEmpty());
        int afterGreeting = botEntries(user).size();

        assertThat(call("POST", "/simulator/api/users/" + user + "/messages", "{\"text\":\"こんにちは\"}", 200)
                .path("outcome").asText()).isEqualTo("delivered");
        await().atMost(WAIT).until(() -> botEntries(user).size() > afterGreeting);

        // the real inbox took both events, and the bot answered them by reply, in the simulator's chat
        assertThat(jdbc.sql("SELECT event_type FROM line_inbox_event WHERE user_id = ? ORDER BY id").param(user)
                .query(String.class).list()).containsExactly("follow", "message");
        assertThat(botEntries(user)).extracting(e -> e.path("via").asText()).contains("reply");

        // a push (as staff would send) goes to the stand-in as well
        outbox.push(user, List.of(new OutgoingMessage.Text("相談員からのお知らせです", List.of())), Outbox.Origin.STAFF);
        await().atMost(WAIT).until(() -> botEntries(user).stream()
                .anyMatch(e -> e.path("text").asText().equals("相談員からのお知らせです") && e.path("via").asText().equals("push")));

        assertThat(LineApiStub.allRequestsMentioning(user)).as("real LINE got nothing for the simulated family").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM line_outbox_batch WHERE chat_id = ? AND status <> 'SENT'").param(user)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRealFamilysAnswerStillGoesToLine() {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        assertThat(Webhooks.post(port, Webhooks.body(Webhooks.follow(user, token))).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> !LineApiStub.requests(LineApiStub.REPLY, token).isEmpty());
    }

    private List<JsonNode> botEntries(String user) throws Exception {
        List<JsonNode> bot = new ArrayList<>();
        for (JsonNode entry : call("GET", "/simulator/api/users/" + user + "/chat", null, 200).path("entries")) {
            if (entry.path("from").asText().equals("bot")) {
                bot.add(entry);
            }
        }
        return bot;
    }

    /** The simulator's API as an administrator, with HTTP Basic. */
    private JsonNode call(String method, String path, String json, int expectedStatus) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (StaffClient.ADMIN + ":" + StaffClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }
}
