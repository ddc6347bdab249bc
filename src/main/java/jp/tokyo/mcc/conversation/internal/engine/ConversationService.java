package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.tokyo.mcc.conversation.Conversations;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.MessageLimitException;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.line.OutgoingMessages;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One family event through the conversation: their state is loaded, the engine answers, the new state and the one
 * reply are stored together (the caller's transaction).
 */
public class ConversationService implements Conversations {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private final ConversationEngine engine;
    private final ConversationStates store;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;
    private final Consumer<String> profileLookup;

    public ConversationService(ConversationEngine engine, ConversationStates store, Outbox outbox, Texts texts,
                               Clock clock) {
        this(engine, store, outbox, texts, clock, userId -> { });
    }

    /**
     * @param profileLookup asks LINE's profile for a family's language, off this thread (it must not block the answer);
     *                      called for a family whose language is not known yet
     */
    public ConversationService(ConversationEngine engine, ConversationStates store, Outbox outbox, Texts texts,
                               Clock clock, Consumer<String> profileLookup) {
        this.engine = engine;
        this.store = store;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.profileLookup = profileLookup;
    }

    @Override
    public void answer(IncomingEvent event, SafetyAssessment safety) {
        ConversationState state = store.load(event.userId()).orElse(null);
        // the language is read with the state; only a family without one (new, or erased) costs a query of its own
        FamilyLanguage language = state != null ? state.familyLanguage()
                : event.userId() == null ? FamilyLanguage.UNKNOWN
                : store.language(event.userId()).orElse(FamilyLanguage.UNKNOWN);
        if (language.profileWanted() && event.userId() != null && event.kind() != IncomingEvent.Kind.UNFOLLOW) {
            profileLookup.accept(event.userId());
        }
        Language reads = language.language();
        safety = safety.in(reads);
        ConversationEngine.Outcome outcome = engine.handle(state, language, event, safety.alert(), clock.instant());
        if (outcome.state() != null) {
            store.save(outcome.state());
        }
        List<OutgoingMessage> messages = withReminder(safety.reminder(), outcome.messages());
        if (messages.isEmpty()) {
            return;
        }
        try {
            OutgoingMessages.prepare(messages);
        } catch (MessageLimitException e) {
            // a flow text that passed the validator but broke a limit once filled in: say something safe
            log.error("the reply in {}:{} breaks LINE's limits ({}); a fallback was sent",
                    outcome.state() == null ? "?" : outcome.state().flowId(),
                    outcome.state() == null ? "?" : outcome.state().stateId(), e.getMessage());
            messages = List.of(new OutgoingMessage.Text(texts.in(reads).get("fallback")));
        }
        outbox.reply(event, messages);
    }

    /**
     * The safety net's one-line reminder (a message that talks about an emergency) above the normal answer: as a
     * message of its own when the reply has room, else as the first line of its first text.
     */
    static List<OutgoingMessage> withReminder(String reminder, List<OutgoingMessage> messages) {
        if (reminder == null || reminder.isBlank()) {
            return messages;
        }
        List<OutgoingMessage> with = new ArrayList<>(messages.size() + 1);
        if (messages.size() < jp.tokyo.mcc.line.LineLimits.MESSAGES_PER_REQUEST) {
            with.add(new OutgoingMessage.Text(reminder));
            with.addAll(messages);
            return with;
        }
        boolean added = false;
        for (OutgoingMessage m : messages) {
            if (!added && m instanceof OutgoingMessage.Text t) {
                with.add(new OutgoingMessage.Text(reminder + "\n\n" + t.text(), t.quickReplies()));
                added = true;
            } else {
                with.add(m);
            }
        }
        return with;
    }

    @Override
    public boolean claims(IncomingEvent event) {
        if (event.userId() == null) {
            return false;
        }
        // a text request needs no state; the confirmation's answer does (read only for families with an open inquiry)
        return engine.claims(null, event) || engine.claims(store.load(event.userId()).orElse(null), event);
    }

    @Override
    public Language language(String userId) {
        if (userId == null) {
            return Language.JA;
        }
        return store.load(userId).map(ConversationState::language)
                .orElseGet(() -> store.language(userId).map(FamilyLanguage::language).orElse(Language.JA));
    }

    @Override
    public void noteActivity(String userId) {
        store.load(userId).ifPresent(s -> {
            s.lastActivity(clock.instant());
            store.save(s);
        });
    }
}
