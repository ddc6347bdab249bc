package jp.tokyo.mcc.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/**
 * The simulator's whole state, in memory: the simulated users and their chats, the reply tokens handed to the bot
 * and the push retry keys LINE would remember. Small and short-lived by design (a restart forgets it).
 */
@Component
class SimulatedChats {

    /** LINE accepts a reply token for about a minute, once. */
    static final Duration REPLY_TOKEN_TTL = Duration.ofMinutes(1);
    /** LINE remembers an accepted retry key for 24 hours. */
    static final Duration RETRY_KEY_TTL = Duration.ofHours(24);
    static final int MAX_USERS = 100;
    static final int MAX_RETRY_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, SimulatedUser> users = new LinkedHashMap<>();
    private final Map<String, IssuedToken> replyTokens = new LinkedHashMap<>();
    private final Map<String, AcceptedPush> retryKeys = new LinkedHashMap<>();

    SimulatedChats(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A simulated user; {@code drafts}: they get the administrators' drafts instead of the published files;
     * {@code language}: their LINE app's language, as the stand-in's profile answers it.
     */
    record UserView(String id, String name, SimulatedUser.Friendship friendship, boolean drafts, String language) {
    }

    /** A user's chat as the page shows it; {@code version} changes whenever anything in it changes. */
    record ChatView(UserView user, long version, boolean loading, List<ChatEntry> entries) {
    }

    /** What LINE answered to a push whose retry key it accepted (answered again, with 409, to a retry). */
    record AcceptedPush(String requestId, JsonNode sentMessages, Instant acceptedAt) {
    }

    private record IssuedToken(String userId, Instant issuedAt) {
    }

    Instant now() {
        return clock.instant();
    }

    synchronized UserView createUser(String name) {
        return createUser(name, false);
    }

    /** A new simulated user; on drafts, the bot answers them from the drafts (a family never is). */
    synchronized UserView createUser(String name, boolean onDrafts) {
        return createUser(name, onDrafts, "ja");
    }

    /** As above, with the language of the family's LINE app (what the stand-in's profile answers). */
    synchronized UserView createUser(String name, boolean onDrafts, String language) {
        if (users.size() >= MAX_USERS) {
            users.remove(users.keySet().iterator().next());
        }
        SimulatedUser user = new SimulatedUser(onDrafts ? SimulatorIds.draftFamilyUserId() : SimulatorIds.familyUserId(),
                name, language);
        users.put(user.id, user);
        return view(user);
    }

    synchronized List<UserView> users() {
        return users.values().stream().map(SimulatedChats::view).toList();
    }

    synchronized Optional<UserView> user(String userId) {
        return Optional.ofNullable(users.get(userId)).map(SimulatedChats::view);
    }

    synchronized Optional<ChatView> chat(String userId) {
        SimulatedUser user = users.get(userId);
        if (user == null) {
            return Optional.empty();
        }
        boolean loading = user.loadingUntil != null && now().isBefore(user.loadingUntil);
        // the loading animation ending by itself is a change too
        return Optional.of(new ChatView(view(user), user.version * 2 + (loading ? 1 : 0), loading, user.entries()));
    }

    /** Adds what the family did to their chat; returns its seq, or empty for an unknown user. */
    synchronized Optional<Long> addFamilyEntry(String userId, ChatEntry entry) {
        SimulatedUser user = users.get(userId);
        return user == null ? Optional.empty() : Optional.of(user.add(entry));
    }

    synchronized void setStatus(String userId, long seq, String status) {
        SimulatedUser user = users.get(userId);
        if (user != null) {
            user.setStatus(seq, status);
        }
    }

    synchronized void setFriendship(String userId, SimulatedUser.Friendship friendship) {
        SimulatedUser user = users.get(userId);
        if (user != null) {
            user.friendship = friendship;
            user.version++;
        }
    }

    /** Shows the bot's messages in the chat (a new message ends LINE's loading animation). */
    synchronized boolean addBotEntries(String userId, List<ChatEntry> entries) {
        SimulatedUser user = users.get(userId);
        if (user == null) {
            return false;
        }
        entries.forEach(user::add);
        user.loadingUntil = null;
        return true;
    }

    synchronized boolean startLoading(String userId, int seconds) {
        SimulatedUser user = users.get(userId);
        if (user == null) {
            return false;
        }
        user.loadingUntil = now().plusSeconds(seconds);
        user.version++;
        return true;
    }

    /** A new reply token for an event of this user. */
    synchronized String issueReplyToken(String userId) {
        Instant now = now();
        replyTokens.values().removeIf(t -> !now.isBefore(t.issuedAt().plus(REPLY_TOKEN_TTL.multipliedBy(10))));
        String token = SimulatorIds.replyToken();
        replyTokens.put(token, new IssuedToken(userId, now));
        return token;
    }

    /** Uses up a reply token: the user it was issued for, or empty when it is unknown, used or too old. */
    synchronized Optional<String> useReplyToken(String token) {
        IssuedToken issued = token == null ? null : replyTokens.remove(token);
        if (issued == null || !now().isBefore(issued.issuedAt().plus(REPLY_TOKEN_TTL))) {
            return Optional.empty();
        }
        return Optional.of(issued.userId());
    }

    private Optional<AcceptedPush> acceptedPush(String retryKey) {
        AcceptedPush accepted = retryKeys.get(retryKey);
        if (accepted != null && !now().isBefore(accepted.acceptedAt().plus(RETRY_KEY_TTL))) {
            retryKeys.remove(retryKey);
            return Optional.empty();
        }
        return Optional.ofNullable(accepted);
    }

    /**
     * Shows a push in the chat unless LINE already accepted this retry key: then nothing is shown and the earlier
     * answer is returned (LINE answers such a retry with 409). A null key is never remembered.
     */
    synchronized Optional<AcceptedPush> pushOnce(String retryKey, String userId, List<ChatEntry> entries,
                                                 AcceptedPush answer) {
        if (retryKey != null) {
            Optional<AcceptedPush> earlier = acceptedPush(retryKey);
            if (earlier.isPresent()) {
                return earlier;
            }
        }
        addBotEntries(userId, entries);
        if (retryKey != null) {
            retryKeys.put(retryKey, answer);
            while (retryKeys.size() > MAX_RETRY_KEYS) {
                retryKeys.remove(retryKeys.keySet().iterator().next());
            }
        }
        return Optional.empty();
    }

    private static UserView view(SimulatedUser user) {
        return new UserView(user.id, user.name, user.friendship,
                jp.tokyo.mcc.shared.Edition.forChat(user.id) == jp.tokyo.mcc.shared.Edition.DRAFTS, user.language);
    }
}
