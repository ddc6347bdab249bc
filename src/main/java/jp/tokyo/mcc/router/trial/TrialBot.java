package jp.tokyo.mcc.router.trial;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jp.tokyo.mcc.conversation.ConversationTrials;
import jp.tokyo.mcc.conversation.TrialConversation;
import jp.tokyo.mcc.router.EventRouter;
import jp.tokyo.mcc.safety.SafetyCheck;
import jp.tokyo.mcc.shared.Edition;

/**
 * The whole answer of the bot in memory, for scripted dialogues run from the administrators' page: the router
 * (safety first, then a pretend open inquiry, then the conversation) over a trial conversation and a
 * {@link TrialDesk}. Its families are on drafts, so everything answers from the drafts.
 */
public class TrialBot extends RoutedBot {

    private final TrialDesk desk = new TrialDesk();
    private final TrialConversation conversation;
    private final EventRouter router;

    public TrialBot(ConversationTrials trials, SafetyCheck safety) {
        this.conversation = trials.start(this::now, outbox, desk);
        this.router = new EventRouter(() -> safety, () -> desk, conversation, outbox);
    }

    @Override
    protected EventRouter router() {
        return router;
    }

    /** A family on drafts: the router answers them from the drafts (flows, FAQ, safety words, centers). */
    @Override
    public String newUser() {
        return Edition.DRAFT_FAMILY_PREFIX + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 32 - Edition.DRAFT_FAMILY_PREFIX.length());
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
    public void profileLanguage(String user, String lineLanguage) {
        conversation.profileLanguage(user, lineLanguage);
    }

    @Override
    public void restart() {
        conversation.restart();
    }
}
