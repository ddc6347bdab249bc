package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.conversation.internal.flow.Command;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.Target;
import jp.tokyo.mcc.conversation.internal.library.FlowLibrary;
import jp.tokyo.mcc.conversation.internal.moves.ErasureWords;
import jp.tokyo.mcc.conversation.internal.slots.TextNormalizer;
import jp.tokyo.mcc.conversation.internal.turn.Collaborators;
import jp.tokyo.mcc.conversation.internal.turn.Turn;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.knowledge.FaqSearch;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.records.FamilyErasure;
import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.shared.Language;

/**
 * Answers one family event from their conversation state: the live (or, for a conversation under way, the
 * started) flow version decides, the rules answer in the {@link Turn}'s order; the result is the new state and the
 * messages of the one reply. Pure apart from its collaborators (directory, FAQ, counsellors' desk), so it can be
 * driven without Spring.
 */
public class ConversationEngine {

    /** The state to store (null: nothing changed) and the messages to reply with (may be empty). */
    public record Outcome(ConversationState state, List<OutgoingMessage> messages) {
        static Outcome nothing() {
            return new Outcome(null, List.of());
        }
    }

    private final FlowLibrary library;
    private final ConversationProperties properties;
    private final Texts texts;
    private final Collaborators collaborators;

    public ConversationEngine(FlowLibrary library, ConversationProperties properties, Texts texts,
                              Placeholders placeholders, Supplier<Directory> directory, Supplier<FaqSearch> faq,
                              Supplier<CounsellorDesk> desk, Supplier<FamilyErasure> erasure) {
        this.library = library;
        this.properties = properties;
        this.texts = texts;
        this.collaborators = new Collaborators(library, properties, texts, placeholders, directory, faq, desk,
                erasure, new Handoff(texts));
    }

    /** Without erasure (the records module missing). */
    public ConversationEngine(FlowLibrary library, ConversationProperties properties, Texts texts,
                              Placeholders placeholders, Supplier<Directory> directory, Supplier<FaqSearch> faq,
                              Supplier<CounsellorDesk> desk) {
        this(library, properties, texts, placeholders, directory, faq, desk, () -> null);
    }

    /**
     * Whether the conversation answers this event although the family has an open inquiry (whose counsellor would
     * otherwise get it): a request to erase their data, in their words or the {@code erase} command's, and their
     * answer to its confirmation (a tap, or a button's label typed, while they are where that command led).
     */
    public boolean claims(ConversationState state, IncomingEvent event) {
        FlowLibrary.Live live = library.live();
        Optional<Command> erase = live.command(FlowVocabulary.ERASE);
        if (erase.isEmpty()) {
            return false;
        }
        if (event.isText() && (requestsErasure(event.text()) || library.translations()
                .matchWordsInAllLanguages(live, FlowVocabulary.ERASE).stream()
                .anyMatch(w -> TextNormalizer.key(w).equals(TextNormalizer.key(event.text()))))) {
            return true;
        }
        Target confirm = erase.get().to();
        if (state == null || confirm == null || state.status() == ConversationState.Status.ENDED
                || !confirm.flow().equals(state.flowId()) || !confirm.state().equals(state.stateId())) {
            return false;
        }
        if (event.kind() == IncomingEvent.Kind.POSTBACK) {
            return true;
        }
        String key = event.isText() ? TextNormalizer.key(event.text()) : null;
        return key != null && state.offers().stream().anyMatch(o -> TextNormalizer.key(o.label()).equals(key));
    }

    /** A request to erase their data, in the words of any language the bot speaks. */
    private boolean requestsErasure(String text) {
        for (Language l : Language.values()) {
            if (ErasureWords.isRequest(texts.in(l), text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #handle(ConversationState, IncomingEvent, SafetyAlert, Instant)}, for a family without a stored
     * conversation whose language is known ({@code language}).
     */
    public Outcome handle(ConversationState existing, FamilyLanguage language, IncomingEvent event, SafetyAlert alert,
                          Instant now) {
        if (existing == null && language != null && event.kind() != IncomingEvent.Kind.UNFOLLOW) {
            existing = new ConversationState(event.userId(), now);
            existing.familyLanguage(language);
        }
        return handle(existing, event, alert, now);
    }

    /**
     * @param existing the family's stored conversation (null: none yet)
     * @param alert    what the safety check found in the text (null: nothing); its messages were not sent yet
     */
    public Outcome handle(ConversationState existing, IncomingEvent event, SafetyAlert alert, Instant now) {
        if (existing != null) {
            // the store may hold a few lines more than are kept (it drops them some messages later): never read them
            existing.transcript().keepLast(properties.transcriptLines());
        }
        FlowLibrary.Live live = library.live();
        boolean answerable = event.kind() == IncomingEvent.Kind.MESSAGE || event.kind() == IncomingEvent.Kind.POSTBACK
                || event.kind() == IncomingEvent.Kind.FOLLOW;
        if (live.flow(live.mainFlow()).isEmpty()) {
            return answerable ? new Outcome(null, List.of(new OutgoingMessage.Text(texts.get("unavailable"))))
                    : Outcome.nothing();
        }
        switch (event.kind()) {
            case UNFOLLOW -> {
                if (existing == null) {
                    return Outcome.nothing();
                }
                existing.reset(now);
                existing.status(ConversationState.Status.ENDED);
                existing.offers(List.of());
                return new Outcome(existing, List.of());
            }
            case FOLLOW, MESSAGE, POSTBACK -> {
                ConversationState state = existing != null ? existing : new ConversationState(event.userId(), now);
                String before = state.flowId() + ":" + state.stateId();
                TurnContext turn = new TurnContext(collaborators, live, state, event, alert, now);
                Turn.answer(turn);
                if (turn.erased()) {
                    // everything of the family is gone: the reply goes out, the conversation is not stored again
                    Reply reply = turn.reply();
                    return new Outcome(null, reply.isEmpty() ? List.of() : reply.finish(state.turn() + 1));
                }
                return finish(state, turn.reply(), before, now);
            }
            default -> {
                return Outcome.nothing();
            }
        }
    }

    private Outcome finish(ConversationState state, Reply reply, String before, Instant now) {
        List<Offer> offers = reply.offers();
        boolean moved = !Objects.equals(before, state.flowId() + ":" + state.stateId());
        int number = state.turn();
        if (!offers.isEmpty()) {
            if (!offers.equals(state.offers())) {
                number++;
            }
            state.offers(offers);
        } else if (moved) {
            number++;
            state.offers(List.of());
        }
        state.turn(number);
        List<OutgoingMessage> messages = reply.isEmpty() ? List.of() : reply.finish(number);
        for (String line : reply.lines()) {
            state.transcript().add(new TranscriptLine(TranscriptLine.Author.BOT, line, now));
        }
        state.transcript().keepLast(properties.transcriptLines());
        state.lastActivity(now);
        return new Outcome(state, messages);
    }
}
