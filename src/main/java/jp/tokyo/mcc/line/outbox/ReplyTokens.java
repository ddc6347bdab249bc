package jp.tokyo.mcc.line.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.tokyo.mcc.line.LineProperties;
import org.springframework.stereotype.Component;

/**
 * Reply tokens of events being handled. A token is handed out once (LINE accepts it once) and only while
 * fresh; an event answered in several requests is answered by reply first, then by push. A message event's body is
 * held here too while it is handled (the stored one is cleared as handling begins), for its read token
 * ({@link LineReadMarks}); it is read only when asked for.
 */
@Component
public class ReplyTokens {

    private final Map<Long, Token> tokens = new ConcurrentHashMap<>();
    private final Map<Long, String> bodies = new ConcurrentHashMap<>();
    private final LineProperties properties;
    private final Clock clock;

    ReplyTokens(LineProperties properties, java.util.Optional<Clock> clock) {
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    record Token(String value, Instant expiresAt) {
    }

    /** Offered by the dispatcher before an event is handled. */
    public void offer(long inboxEventId, String replyToken, Instant receivedAt) {
        if (replyToken != null && !replyToken.isBlank()) {
            tokens.put(inboxEventId, new Token(replyToken, receivedAt.plus(properties.replyTokenTtl())));
        }
    }

    /** Offered by the dispatcher before a message event is handled: its token and its body (null: none kept). */
    public void offer(long inboxEventId, String replyToken, Instant receivedAt, String body) {
        offer(inboxEventId, replyToken, receivedAt);
        if (body != null) {
            bodies.put(inboxEventId, body);
        }
    }

    /** Withdrawn by the dispatcher once the event is handled. */
    public void withdraw(long inboxEventId) {
        tokens.remove(inboxEventId);
        bodies.remove(inboxEventId);
    }

    /** The event's token was used elsewhere (a late notice): its answer must not use it. */
    public void spent(long inboxEventId) {
        tokens.remove(inboxEventId);
    }

    /** The body of a message event while it is handled. */
    Optional<String> body(long inboxEventId) {
        return Optional.ofNullable(bodies.get(inboxEventId));
    }

    /** The token, if still fresh and unused; taking it uses it up. */
    Optional<Token> take(long inboxEventId) {
        Token token = tokens.remove(inboxEventId);
        if (token == null || !clock.instant().isBefore(token.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(token);
    }
}
