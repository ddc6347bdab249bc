package jp.tokyo.mcc.conversation.internal.turn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.conversation.internal.engine.CenterCards;
import jp.tokyo.mcc.conversation.internal.engine.ConversationState;
import jp.tokyo.mcc.conversation.internal.engine.Handoff;
import jp.tokyo.mcc.conversation.internal.engine.Pending;
import jp.tokyo.mcc.conversation.internal.engine.Reply;
import jp.tokyo.mcc.conversation.internal.engine.Texts;
import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowState;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.library.FlowLibrary;
import jp.tokyo.mcc.conversation.internal.machine.FlowMachine;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.knowledge.FaqSearch;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.records.FamilyErasure;
import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.shared.Language;

/**
 * What a {@link Rule} reads and changes while the bot answers one event: the family's conversation, the event, what
 * the safety net found, the time, the reply being put together, the live flows, and the conversation's
 * collaborators. Made for one event; how the conversation stood when the event came is kept ({@link #fresh()},
 * {@link #silent()}), since the first rules change it.
 */
public final class TurnContext {

    private final Collaborators with;
    /** The slot a flow sets to switch the family's language ({@code set: { language: en }}). */
    public static final String LANGUAGE_SLOT = "language";

    private FlowLibrary.Live live;
    private final ConversationState state;
    private final IncomingEvent event;
    private final SafetyAlert alert;
    private final Instant now;
    private final Reply reply = new Reply();
    private final boolean ended;
    private final boolean fresh;
    private final boolean silent;
    private boolean erased;

    public TurnContext(Collaborators with, FlowLibrary.Live live, ConversationState state, IncomingEvent event,
                       SafetyAlert alert, Instant now) {
        this.with = with;
        this.live = with.library().translations().in(live, state.language());
        this.state = state;
        this.event = event;
        this.alert = alert;
        this.now = now;
        this.ended = state.status() == ConversationState.Status.ENDED || state.stateId() == null;
        this.fresh = ended || current().isEmpty();
        this.silent = !fresh && state.lastActivity().plus(with.settings().silence()).isBefore(now) && inMiddle();
    }

    // --- the event and the family's conversation -------------------------------------------------------------

    public ConversationState state() {
        return state;
    }

    public IncomingEvent event() {
        return event;
    }

    /** What the safety net found in the text (null: nothing); its messages were not sent yet. */
    public SafetyAlert alert() {
        return alert;
    }

    public Instant now() {
        return now;
    }

    public Reply reply() {
        return reply;
    }

    /** The conversation had ended (or never started) when the event came. */
    public boolean ended() {
        return ended;
    }

    /** The conversation had ended, or its state is gone from the flows: the family starts at the beginning. */
    public boolean fresh() {
        return fresh;
    }

    /** The family comes back in the middle of something after a long silence. */
    public boolean silent() {
        return silent;
    }

    // --- the flows ------------------------------------------------------------------------------------------

    public FlowLibrary.Live live() {
        return live;
    }

    /** A flow in the version a conversation under way started with (empty when that version is gone). */
    public Optional<FlowMachine> version(String flowId, String version) {
        return with.library().version(flowId, version).map(m -> with.library().translations().in(m, language()));
    }

    /** The language the family reads. */
    public Language language() {
        return state.language();
    }

    /** The flow the family is in, in their version (else the live one), when their state still exists in it. */
    public Optional<FlowMachine> current() {
        if (state.flowId() == null) {
            return Optional.empty();
        }
        Optional<FlowMachine> m = version(state.flowId(), state.flowVersion());
        if (m.isEmpty()) {
            m = live.flow(state.flowId());
        }
        return m.filter(x -> x.flow().state(state.stateId()) != null);
    }

    /** The state the family is in. */
    public Optional<FlowState> currentState() {
        return current().map(m -> m.flow().state(state.stateId()));
    }

    /** The current question, when the family's state asks one. */
    public Optional<Ask> currentAsk() {
        return currentState().map(FlowState::ask);
    }

    /** Labelled questions for the family's summary: the given flow's first, then the other live flows'. */
    public Map<String, Ask> labelledAsks(Flow flow) {
        return Handoff.labelled(flow, live.flows().values().stream().map(FlowMachine::flow).toList());
    }

    /**
     * Labelled questions for the counsellors (in Japanese, whatever the family reads): the given flow's (by id) first,
     * then the other live flows'.
     */
    public Map<String, Ask> labelledAsksForStaff(Flow flow) {
        FlowLibrary.Live japanese = with.library().live();
        Flow own = with.library().version(flow.id(), flow.version()).map(FlowMachine::flow).orElse(flow);
        return Handoff.labelled(own, japanese.flows().values().stream().map(FlowMachine::flow).toList());
    }

    // --- texts and slots --------------------------------------------------------------------------------------

    /** The conversation's own texts ({@code messages/conversation*.properties}), in the family's language. */
    public Texts texts() {
        return with.texts().in(language());
    }

    /** One of the conversation's own texts ({@code messages/conversation*.properties}), in the family's language. */
    public String text(String key, Object... args) {
        return texts().get(key, args);
    }

    /**
     * Says a flow text: {@code {center.card}} alone (or {@code {kubu.card}}, {@code {tama.card}}) is that center's
     * card, anything else a text with its placeholders filled in. Without a known center nothing is said.
     */
    public void say(String text) {
        Matcher card = FlowVocabulary.CARD.matcher(text);
        if (card.matches()) {
            with.placeholders().center(card.group(1), state.slots())
                    .map(c -> CenterCards.of(c, texts()))
                    .ifPresent(c -> reply.card(c.altText(), c.contents()));
        } else {
            with.library().translations().said(language(), text);
            reply.text(render(text));
        }
    }

    /** A flow text with its placeholders filled in. */
    public String render(String text) {
        return with.placeholders().render(text, state.slots(), now, this::summary, language());
    }

    /** Forgets the named slots ({@code all}: every one). */
    public void clearSlots(List<String> slots) {
        if (slots.contains("all")) {
            state.slots().clear();
            return;
        }
        slots.forEach(state.slots()::remove);
    }

    /**
     * Sets slots to flow texts (placeholders filled in). {@code language} is no slot: it switches the family's language
     * at once (what is said next in this turn is in the new language).
     */
    public void setSlots(Map<String, String> values) {
        values.forEach((k, v) -> {
            if (LANGUAGE_SLOT.equals(k)) {
                Language.of(v).ifPresent(this::switchLanguage);
            } else {
                state.slots().put(k, render(v));
            }
        });
    }

    /** Counts a text said in Japanese to a family who reads another language (its translation is missing). */
    public void fellBack() {
        with.library().translations().fellBack(language());
    }

    /** The family chose a language: from now on (this turn included) the bot speaks it. */
    public void switchLanguage(Language language) {
        state.chooseLanguage(language);
        live = with.library().translations().in(with.library().live(), language);
    }

    // --- collaborators --------------------------------------------------------------------------------------

    public ConversationProperties settings() {
        return with.settings();
    }

    /** The directory of centers and municipalities; null while it is missing. */
    public Directory directory() {
        return with.directory().get();
    }

    /** The FAQ; null while it is missing. */
    public FaqSearch faq() {
        return with.faq().get();
    }

    /** The counsellors' desk; null while the inquiry module is missing. */
    public CounsellorDesk desk() {
        return with.desk().get();
    }

    public Handoff handoff() {
        return with.handoff();
    }

    /** The erasure of a family's data; null while the records module is missing. */
    public FamilyErasure erasure() {
        return with.erasure().get();
    }

    /** The family's data was erased in this turn: nothing of the conversation is stored again. */
    public void markErased() {
        erased = true;
    }

    public boolean erased() {
        return erased;
    }

    /** The family's summary of their answers, in their language (the counsellors' is built in Japanese). */
    private String summary() {
        Handoff inTheirWords = language().isJapanese() ? with.handoff() : new Handoff(texts());
        return current().map(m -> inTheirWords.summary(state.slots(), labelledAsks(m.flow()))).orElse("");
    }

    private boolean inMiddle() {
        if (state.pending() != null && state.pending().kind() == Pending.Kind.SUGGESTION) {
            return true;
        }
        Optional<FlowState> s = currentState();
        return s.isPresent() && (s.get().ask() != null || !state.flowId().equals(live.mainFlow()) && !s.get().end());
    }
}
