package jp.tokyo.mcc.router.trial;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jp.tokyo.mcc.conversation.ConversationTrials;
import jp.tokyo.mcc.conversation.TrialConversation;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.router.EventRouter;
import jp.tokyo.mcc.safety.SafetyCheck;
import jp.tokyo.mcc.shared.Edition;

/**
 * The whole answer of the bot in memory, for scripted dialogues: the router (safety first, then a pretend open
 * inquiry, then the conversation) over a trial conversation, a {@link TrialDesk} and a {@link CapturingOutbox}; the
 * clock starts on a Monday at 11:00 in Tokyo and moves 5 seconds per event (and as {@code wait} says).
 */
public class TrialBot implements Bot {

    private final CapturingOutbox outbox = new CapturingOutbox();
    private final TrialDesk desk = new TrialDesk();
    private final AtomicLong ids = new AtomicLong();
    private final TrialConversation conversation;
    private final EventRouter router;
    private Instant now = Instant.parse("2025-12-01T02:00:00Z");

    public TrialBot(ConversationTrials trials, SafetyCheck safety) {
        this.conversation = trials.start(() -> now, outbox, desk);
        this.router = new EventRouter(() -> safety, () -> desk, conversation, outbox);
    }

    private Shown send(IncomingEvent.Kind kind, String user, String type, String text, String data) {
        long id = ids.incrementAndGet();
        now = now.plusSeconds(5);
        router.route(new IncomingEvent(id, "trial" + id, kind, user, now, type, text, data, false));
        return Shown.of(outbox.replies.getOrDefault(id, List.of()));
    }

    /** A family on drafts: the router answers them from the drafts (flows, FAQ, safety words, centers). */
    @Override
    public String newUser() {
        return Edition.DRAFT_FAMILY_PREFIX + java.util.UUID.randomUUID().toString().replace("-", "")
                .substring(0, 32 - Edition.DRAFT_FAMILY_PREFIX.length());
    }

    @Override
    public Shown follow(String user) {
        return send(IncomingEvent.Kind.FOLLOW, user, null, null, null);
    }

    @Override
    public Shown text(String user, String text) {
        return send(IncomingEvent.Kind.MESSAGE, user, "text", text, null);
    }

    @Override
    public Shown postback(String user, String data) {
        return send(IncomingEvent.Kind.POSTBACK, user, null, null, data);
    }

    @Override
    public Shown sticker(String user) {
        return send(IncomingEvent.Kind.MESSAGE, user, "sticker", null, null);
    }

    @Override
    public Shown image(String user) {
        return send(IncomingEvent.Kind.MESSAGE, user, "image", null, null);
    }

    @Override
    public void unfollow(String user) {
        send(IncomingEvent.Kind.UNFOLLOW, user, null, null, null);
    }

    @Override
    public Shown unsend(String user) {
        return send(IncomingEvent.Kind.UNSEND, user, null, null, null);
    }

    @Override
    public void age(String user, Duration silence) {
        conversation.age(user, silence);
    }

    @Override
    public String state(String user) {
        return conversation.state(user);
    }

    @Override
    public Map<String, Object> slots(String user) {
        return conversation.slots(user);
    }

    @Override
    public void restart() {
        conversation.restart();
    }
}
