package jp.tokyo.mcc.conversation.dialogue;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tokyo.mcc.conversation.internal.engine.ConversationState;
import jp.tokyo.mcc.conversation.internal.engine.ConversationStates;
import jp.tokyo.mcc.conversation.internal.library.FlowLibrary;
import jp.tokyo.mcc.router.trial.Bot;
import jp.tokyo.mcc.shared.Language;
import jp.tokyo.mcc.router.trial.Shown;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.Webhooks;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole bot over HTTP: signed webhooks to /callback, answers read from the WireMock Messaging API. Waits until
 * each event was handled and its reply (if any) was sent, so silence can be asserted too.
 */
public class WebhookBot implements Bot {

    private static final Pattern EVENT_ID = Pattern.compile("\"webhookEventId\":\"([^\"]+)\"");

    private final int port;
    private final JdbcClient jdbc;
    private final ConversationStates store;
    private final FlowLibrary library;

    public WebhookBot(int port, JdbcClient jdbc, ConversationStates store, FlowLibrary library) {
        this.port = port;
        this.jdbc = jdbc;
        this.store = store;
        this.library = library;
    }

    private Shown send(String event, String token) {
        Matcher m = EVENT_ID.matcher(event);
        if (!m.find()) {
            throw new IllegalStateException("no webhookEventId");
        }
        String eventId = m.group(1);
        int status = Webhooks.post(port, Webhooks.body(event)).statusCode();
        if (status != 200) {
            throw new AssertionError("webhook answered " + status);
        }
        // handled: no longer pending, or gone (the family's data was erased, this event's row with it)
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() ->
                jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE webhook_event_id = ? AND status = 'PENDING'")
                        .param(eventId).query(Long.class).single() == 0);
        if (jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE webhook_event_id = ?").param(eventId)
                .query(Long.class).single() == 0) {
            return token == null ? Shown.nothing() : replied(token);
        }
        String inboxStatus = jdbc.sql("SELECT status FROM line_inbox_event WHERE webhook_event_id = ?").param(eventId)
                .query(String.class).single();
        if (!"DONE".equals(inboxStatus) && !"IGNORED".equals(inboxStatus)) {
            throw new AssertionError("the event was not handled: " + inboxStatus);
        }
        long batches = jdbc.sql("SELECT COUNT(*) FROM line_outbox_batch b JOIN line_inbox_event e "
                + "ON b.inbox_event_id = e.id WHERE e.webhook_event_id = ?").param(eventId).query(Long.class).single();
        if (token == null) {
            return Shown.nothing();
        }
        if (batches == 0) {
            // nothing to send, or sent already and deleted (what goes to a family erased a moment ago is deleted once
            // LINE took it): a sent answer is in the stand-in's log before its batch can go
            return LineApiStub.requests(LineApiStub.REPLY, token).isEmpty() ? Shown.nothing() : replied(token);
        }
        return replied(token);
    }

    /** What the bot replied with this token (one reply request). */
    private static Shown replied(String token) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> !LineApiStub.requests(LineApiStub.REPLY, token).isEmpty());
        List<LoggedRequest> requests = LineApiStub.requests(LineApiStub.REPLY, token);
        if (requests.size() != 1) {
            throw new AssertionError("expected one reply request, got " + requests.size());
        }
        return Shown.ofRequest(LineApiStub.body(requests.get(0)));
    }

    @Override
    public Shown follow(String user) {
        String token = Webhooks.newToken();
        return send(Webhooks.follow(user, token), token);
    }

    @Override
    public Shown text(String user, String text) {
        String token = Webhooks.newToken();
        return send(Webhooks.text(user, text, token), token);
    }

    @Override
    public Shown postback(String user, String data) {
        String token = Webhooks.newToken();
        return send(Webhooks.postback(user, data, token), token);
    }

    @Override
    public Shown sticker(String user) {
        String token = Webhooks.newToken();
        return send(Webhooks.sticker(user, token), token);
    }

    @Override
    public Shown image(String user) {
        String token = Webhooks.newToken();
        return send(Webhooks.image(user, token), token);
    }

    @Override
    public void unfollow(String user) {
        send(Webhooks.unfollow(user), null);
    }

    @Override
    public Shown unsend(String user) {
        return send(Webhooks.unsend(user), null);
    }

    @Override
    public void age(String user, Duration silence) {
        ConversationState state = store.load(user).orElseThrow();
        jdbc.sql("UPDATE conversation_state SET last_activity = ? WHERE user_id = ?")
                .param(Timestamp.from(state.lastActivity().minus(silence))).param(user).update();
    }

    @Override
    public String state(String user) {
        return store.load(user).map(s -> s.status() == ConversationState.Status.ENDED ? "ended"
                : s.flowId() + ":" + s.stateId()).orElse("none");
    }

    @Override
    public Map<String, Object> slots(String user) {
        return store.load(user).map(ConversationState::slots).orElse(Map.of());
    }

    /**
     * The family's LINE profile says this language: stored as the profile lookup stores it (the lookup itself, against
     * the stand-in's profile endpoint, is ProfileLanguagesIT's).
     */
    @Override
    public void profileLanguage(String user, String lineLanguage) {
        store.profileLanguage(user, Language.fromLineProfile(lineLanguage).orElse(Language.JA), java.time.Instant.now());
    }

    /** Forgets every compiled flow and cached version: they are read again from the files and the table. */
    @Override
    public void restart() {
        library.forget();
    }
}
