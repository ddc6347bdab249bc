package jp.tokyo.mcc.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * One family talking to the bot through signed webhooks, reading the bot's answers from the WireMock Messaging API
 * (replies to this family's tokens and pushes to their user id), and tapping choices as LINE would.
 */
public final class FamilyChat {

    private final int port;
    private final String userId = Webhooks.newUserId();
    private final List<String> tokens = new ArrayList<>();

    public FamilyChat(int port) {
        this.port = port;
    }

    public String userId() {
        return userId;
    }

    /** Every request the bot sent to this family, oldest first. */
    public List<LoggedRequest> botRequests() {
        List<LoggedRequest> all = new ArrayList<>(LineApiStub.requests(LineApiStub.PUSH, userId));
        for (String token : tokens) {
            all.addAll(LineApiStub.requests(LineApiStub.REPLY, token));
        }
        all.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        return all;
    }

    public List<String> botTexts() {
        return botRequests().stream().flatMap(r -> LineApiStub.texts(r).stream()).toList();
    }

    public void follow() {
        sendAndAwaitAnswer(Webhooks.follow(userId, newToken()));
    }

    /** Sends a text and waits for the bot's answer to it; returns the answer's texts. */
    public List<String> say(String text) {
        return sendAndAwaitAnswer(Webhooks.text(userId, text, newToken()));
    }

    /** Sends a text without expecting an answer. */
    public void sayQuietly(String text) {
        post(Webhooks.text(userId, text, newToken()));
    }

    /** Taps the newest choice labelled {@code label} (quick reply or button), as a message or a postback. */
    public List<String> tap(String label) {
        JsonNode action = findAction(label);
        if (action == null) {
            throw new AssertionError("no choice '" + label + "' in the bot's last messages: " + botTexts());
        }
        if ("postback".equals(action.path("type").asText())) {
            return sendAndAwaitAnswer(Webhooks.postback(userId, action.path("data").asText(), newToken()));
        }
        return say(action.path("text").asText(label));
    }

    private JsonNode findAction(String label) {
        List<LoggedRequest> requests = botRequests();
        for (int i = requests.size() - 1; i >= 0; i--) {
            JsonNode messages = LineApiStub.body(requests.get(i)).path("messages");
            for (int m = messages.size() - 1; m >= 0; m--) {
                List<JsonNode> actions = new ArrayList<>();
                messages.get(m).path("quickReply").path("items").forEach(item -> actions.add(item.path("action")));
                messages.get(m).path("template").path("actions").forEach(actions::add);
                for (JsonNode action : actions) {
                    if (label.equals(action.path("label").asText())) {
                        return action;
                    }
                }
            }
        }
        return null;
    }

    private String newToken() {
        String token = Webhooks.newToken();
        tokens.add(token);
        return token;
    }

    private List<String> sendAndAwaitAnswer(String event) {
        int before = botRequests().size();
        post(event);
        // a fresh context answers its first events slowly on a loaded machine (dictionaries load, code warms up)
        await().atMost(Duration.ofSeconds(30)).until(() -> botRequests().size() > before);
        await().pollDelay(Duration.ofMillis(150)).atMost(Duration.ofSeconds(1)).until(() -> true);
        List<LoggedRequest> all = botRequests();
        return all.subList(before, all.size()).stream().flatMap(r -> LineApiStub.texts(r).stream()).toList();
    }

    private void post(String event) {
        int status = Webhooks.post(port, Webhooks.body(event)).statusCode();
        if (status != 200) {
            throw new AssertionError("webhook answered " + status);
        }
    }
}
