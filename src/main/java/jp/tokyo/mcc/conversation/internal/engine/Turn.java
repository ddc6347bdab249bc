package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoverReceipt;
import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.AskOption;
import jp.tokyo.mcc.conversation.internal.flow.Choice;
import jp.tokyo.mcc.conversation.internal.flow.Command;
import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowState;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.SlotType;
import jp.tokyo.mcc.conversation.internal.flow.Target;
import jp.tokyo.mcc.conversation.internal.library.FlowLibrary;
import jp.tokyo.mcc.conversation.internal.machine.FlowEvents;
import jp.tokyo.mcc.conversation.internal.machine.FlowMachine;
import jp.tokyo.mcc.conversation.internal.slots.ChildAge;
import jp.tokyo.mcc.conversation.internal.slots.OptionMatcher;
import jp.tokyo.mcc.conversation.internal.slots.PhoneNumber;
import jp.tokyo.mcc.conversation.internal.slots.TextNormalizer;
import jp.tokyo.mcc.conversation.internal.slots.YesNo;
import jp.tokyo.mcc.directory.Center;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.directory.Municipality;
import jp.tokyo.mcc.directory.PlaceMatch;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqHit;
import jp.tokyo.mcc.knowledge.FaqSearch;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.safety.SafetyAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handling of one event: the order of the rules (safety alert, global commands, taps, the side question, the
 * current question, the FAQ) and what each does to the state and the reply.
 */
final class Turn {

    private static final Logger log = LoggerFactory.getLogger(Turn.class);
    private static final Pattern POSTBACK = Pattern.compile("c:(\\d+):(\\d+)");
    private static final int MAX_HOPS = 40;
    /** Comparison keys of the flows' command words (a small set), computed once instead of on every message. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> COMMAND_KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final ConversationEngine engine;
    private final FlowLibrary.Live live;
    private final ConversationState st;
    private final IncomingEvent event;
    private final SafetyAlert alert;
    private final Instant now;
    private final Reply reply = new Reply();

    Turn(ConversationEngine engine, FlowLibrary.Live live, ConversationState st, IncomingEvent event, SafetyAlert alert,
         Instant now) {
        this.engine = engine;
        this.live = live;
        this.st = st;
        this.event = event;
        this.alert = alert;
        this.now = now;
    }

    Reply reply() {
        return reply;
    }

    // --- entry points ----------------------------------------------------------------------------------------

    /** Friend added (or unblocked): a new conversation and the greeting. */
    void follow() {
        st.reset(now);
        enterStart();
    }

    /** A message or a tap. */
    void message() {
        boolean ended = st.status() == ConversationState.Status.ENDED || st.stateId() == null;
        boolean fresh = ended || current().isEmpty();
        boolean silent = !fresh && st.lastActivity().plus(engine.properties.silence()).isBefore(now) && inMiddle();
        if (ended) {
            st.reset(now);
        }
        recordFamily();
        if (alert != null) {
            alert.messages().forEach(reply::text);
            if (fresh) {
                enterStart();
            } else if (silent) {
                offerResume();
            } else {
                reshow();
            }
            offerDisasterPath();
            return;
        }
        Optional<Command> command = event.isText() ? matchCommand(event.text()) : postbackCommand();
        if (command.isPresent()) {
            applyCommand(command.get());
            return;
        }
        if (fresh) {
            enterStart();
            return;
        }
        if (event.kind() == IncomingEvent.Kind.POSTBACK) {
            postback();
            return;
        }
        if (!event.isText()) {
            reply.text(engine.texts.get("nontext"));
            reshow();
            return;
        }
        if (silent) {
            offerResume();
            return;
        }
        text(event.text());
    }

    // --- input ------------------------------------------------------------------------------------------------

    private void recordFamily() {
        String line;
        if (event.isText()) {
            line = event.text();
        } else if (event.kind() == IncomingEvent.Kind.POSTBACK) {
            line = tappedOffer().map(Offer::label).orElse(engine.texts.get("transcript.tap"));
        } else {
            line = engine.texts.get("transcript.nontext", String.valueOf(event.messageType()));
        }
        st.transcript().add(new TranscriptLine(TranscriptLine.Author.FAMILY, line, now));
    }

    private Optional<Offer> tappedOffer() {
        Matcher m = POSTBACK.matcher(String.valueOf(event.postbackData()));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int turn = Integer.parseInt(m.group(1));
            int index = Integer.parseInt(m.group(2));
            if (turn == st.turn() && index < st.offers().size()) {
                return Optional.of(st.offers().get(index));
            }
        } catch (NumberFormatException e) {
            // an old or foreign postback
        }
        return Optional.empty();
    }

    private void postback() {
        Optional<Offer> offer = tappedOffer();
        if (offer.isEmpty()) {
            stale();
            return;
        }
        apply(offer.get());
    }

    /** {@code cmd:<name>} postbacks (for a rich menu) start a global command. */
    private Optional<Command> postbackCommand() {
        String data = event.postbackData();
        if (event.kind() == IncomingEvent.Kind.POSTBACK && data != null && data.startsWith("cmd:")) {
            return live.command(data.substring(4));
        }
        return Optional.empty();
    }

    private Optional<Command> matchCommand(String text) {
        String key = TextNormalizer.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Command c : live.commands().values()) {
            for (String word : c.match()) {
                if (COMMAND_KEYS.computeIfAbsent(word, TextNormalizer::key).equals(key)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private void text(String text) {
        Pending pending = st.pending();
        if (pending != null) {
            st.pending(null);
            if (answerPending(pending, text)) {
                return;
            }
        }
        String key = TextNormalizer.key(text);
        List<Offer> offers = st.offers();
        for (Offer o : offers) {
            if (o.kind() != Offer.Kind.FAQ && TextNormalizer.key(o.label()).equals(key)) {
                st.pending(pending);
                apply(o);
                return;
            }
        }
        Optional<FlowState> state = state();
        if (state.isPresent() && state.get().ask() != null) {
            answer(state.get().ask(), text);
            return;
        }
        faq(text);
    }

    /** True when the text answered the side question. */
    private boolean answerPending(Pending pending, String text) {
        Optional<Boolean> yes = YesNo.parse(text);
        switch (pending.kind()) {
            case SUGGESTION, FAQ_FEEDBACK -> {
                if (yes.isEmpty()) {
                    return false;
                }
                st.pending(pending);
                yesNo(yes.get());
                return true;
            }
            case RESUME -> {
                if (yes.isPresent()) {
                    st.pending(pending);
                    yesNo(yes.get());
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private void apply(Offer o) {
        switch (o.kind()) {
            case CHOICE -> choice(Integer.parseInt(o.value()));
            case OPTION -> option(Integer.parseInt(o.value()));
            case DONE -> multiDone();
            case YES -> yesNo(true);
            case NO -> yesNo(false);
            case COMMAND -> live.command(o.value()).ifPresentOrElse(this::applyCommand, this::reshow);
            case TARGET -> {
                st.pending(null);
                enter(Target.parse(o.value(), st.flowId(), 0), true);
            }
            case FAQ -> showFaq(o.value());
            case RESUME, RESHOW -> {
                st.pending(null);
                reshow();
            }
        }
    }

    // --- commands, choices, answers -------------------------------------------------------------------------

    private void applyCommand(Command c) {
        st.pending(null);
        clear(c.clear());
        c.say().forEach(t -> reply.text(render(t)));
        if (c.to() != null) {
            enter(c.to(), true);
        } else {
            reshow();
        }
    }

    private void choice(int index) {
        Optional<FlowState> state = state();
        if (state.isEmpty()) {
            stale();
            return;
        }
        FlowState s = state.get();
        List<Choice> choices = s.buttons() != null ? s.buttons().choices() : s.choices();
        if (index >= choices.size()) {
            stale();
            return;
        }
        st.pending(null);
        Choice c = choices.get(index);
        clear(c.clear());
        set(c.set());
        fire(FlowEvents.choice(index));
    }

    private void option(int index) {
        Optional<Ask> ask = state().map(FlowState::ask);
        if (ask.isEmpty() || index >= ask.get().options().size()) {
            stale();
            return;
        }
        Ask a = ask.get();
        AskOption o = a.options().get(index);
        st.pending(null);
        if (a.type() == SlotType.MULTI_CHOICE) {
            List<String> chosen = chosen(a);
            if (!chosen.contains(o.value())) {
                chosen.add(o.value());
            }
            st.slots().put(a.slot(), chosen);
            multiProgress(a);
            return;
        }
        st.slots().put(a.slot(), o.value());
        answered(o.to() != null ? FlowEvents.option(index) : FlowEvents.NEXT);
    }

    private void multiDone() {
        Optional<Ask> ask = state().map(FlowState::ask);
        if (ask.isEmpty() || ask.get().type() != SlotType.MULTI_CHOICE) {
            stale();
            return;
        }
        st.slots().put(ask.get().slot(), chosen(ask.get()));
        answered(FlowEvents.NEXT);
    }

    private void yesNo(boolean yes) {
        Pending pending = st.pending();
        st.pending(null);
        if (pending != null) {
            switch (pending.kind()) {
                case SUGGESTION -> {
                    suggestionAnswered(pending.value(), yes);
                    return;
                }
                case FAQ_FEEDBACK -> {
                    feedback(pending.value(), yes);
                    return;
                }
                case RESUME -> {
                    if (yes) {
                        reshow();
                    } else {
                        live.command(FlowVocabulary.MENU).ifPresentOrElse(this::applyCommand, this::enterStart);
                    }
                    return;
                }
                default -> {
                }
            }
        }
        Optional<Ask> ask = state().map(FlowState::ask);
        if (ask.isEmpty() || ask.get().type() != SlotType.YES_NO) {
            stale();
            return;
        }
        st.slots().put(ask.get().slot(), engine.texts.get(yes ? "yes" : "no"));
        Ask a = ask.get();
        if ((yes ? a.yes() : a.no()) != null) {
            answered(yes ? FlowEvents.YES : FlowEvents.NO);
        } else {
            answered(FlowEvents.NEXT);
        }
    }

    private void answer(Ask a, String text) {
        if (a.type() == null) {
            fail(a, null);
            return;
        }
        switch (a.type()) {
            case TEXT -> {
                String value = text.strip();
                int max = a.maxLength() != null ? a.maxLength() : FlowVocabulary.DEFAULT_TEXT_LENGTH;
                int length = value.codePointCount(0, value.length());
                if (value.isEmpty()) {
                    fail(a, null);
                } else if (length > max) {
                    fail(a, engine.texts.get("retry.text-too-long", max, length));
                } else {
                    st.slots().put(a.slot(), value);
                    answered(FlowEvents.NEXT);
                }
            }
            case AGE -> ChildAge.parse(text).ifPresentOrElse(v -> {
                st.slots().put(a.slot(), v);
                answered(FlowEvents.NEXT);
            }, () -> fail(a, null));
            case PHONE -> PhoneNumber.parse(text).ifPresentOrElse(v -> {
                st.slots().put(a.slot(), v);
                answered(FlowEvents.NEXT);
            }, () -> fail(a, null));
            case YES_NO -> YesNo.parse(text).ifPresentOrElse(this::yesNo, () -> fail(a, null));
            case CHOICE -> OptionMatcher.one(text, labels(a)).ifPresentOrElse(this::option, () -> fail(a, null));
            case MULTI_CHOICE -> {
                if (TextNormalizer.key(text).equals(TextNormalizer.key(doneLabel(a)))) {
                    multiDone();
                    return;
                }
                List<Integer> found = OptionMatcher.all(text, labels(a));
                if (found.isEmpty()) {
                    fail(a, null);
                    return;
                }
                List<String> chosen = chosen(a);
                for (int i : found) {
                    String value = a.options().get(i).value();
                    if (!chosen.contains(value)) {
                        chosen.add(value);
                    }
                }
                st.slots().put(a.slot(), chosen);
                multiProgress(a);
            }
            case MUNICIPALITY -> municipality(a, text);
        }
    }

    private void municipality(Ask a, String text) {
        Directory directory = engine.directory.get();
        if (directory == null) {
            fail(a, null);
            return;
        }
        PlaceMatch match = directory.match(text);
        if (match instanceof PlaceMatch.Found found) {
            acceptMunicipality(a, found.municipality(), found.center());
        } else if (match instanceof PlaceMatch.Suggestion suggestion) {
            st.pending(new Pending(Pending.Kind.SUGGESTION, suggestion.candidate().name()));
            askSuggestion(suggestion.candidate().name());
        } else if (match instanceof PlaceMatch.OutsideTokyo outside) {
            reply.text(outside.prefecture() == null || outside.prefecture().isBlank()
                    ? engine.texts.get("municipality.outside")
                    : engine.texts.get("municipality.outside-prefecture", outside.prefecture()));
            st.retries(0);
            if (a.outside() != null) {
                enter(a.outside(), false);
            } else {
                live.command(FlowVocabulary.MENU).map(Command::to).ifPresentOrElse(t -> enter(t, true), this::enterStart);
            }
        } else {
            fail(a, null);
        }
    }

    private void askSuggestion(String name) {
        reply.text(engine.texts.get("municipality.suggest", name), yesNoOffers());
    }

    private void suggestionAnswered(String name, boolean yes) {
        Optional<Ask> ask = state().map(FlowState::ask);
        Directory directory = engine.directory.get();
        if (ask.isEmpty() || directory == null) {
            reshow();
            return;
        }
        Optional<Municipality> m = yes ? directory.municipality(name) : Optional.empty();
        if (m.isPresent()) {
            acceptMunicipality(ask.get(), m.get(), centerOf(directory, m.get()));
        } else {
            reply.text(engine.texts.get("municipality.suggest-no"));
        }
    }

    private static Center centerOf(Directory directory, Municipality m) {
        try {
            return directory.center(m.center());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void acceptMunicipality(Ask a, Municipality m, Center center) {
        st.slots().put(a.slot(), m.name());
        if (center != null) {
            st.slots().put(FlowVocabulary.CENTER, center.id().code());
        } else if (m.center() != null) {
            st.slots().put(FlowVocabulary.CENTER, m.center().code());
        }
        if (m.isIsland()) {
            islandsNote();
        }
        answered(FlowEvents.NEXT);
    }

    /** The event an already answered question leads on with (an option's or yes / no's own target). */
    private String answeredEvent(Ask a) {
        Object value = st.slots().get(a.slot());
        if (a.type() == SlotType.CHOICE) {
            for (int i = 0; i < a.options().size(); i++) {
                AskOption o = a.options().get(i);
                if (o.value().equals(value) && o.to() != null) {
                    return FlowEvents.option(i);
                }
            }
        } else if (a.type() == SlotType.YES_NO) {
            boolean yes = engine.texts.get("yes").equals(value);
            if ((yes ? a.yes() : a.no()) != null) {
                return yes ? FlowEvents.YES : FlowEvents.NO;
            }
        }
        return FlowEvents.NEXT;
    }

    /**
     * Families on the islands: while the directory says their center is not confirmed, its note and both centers'
     * numbers (they may call either).
     */
    private void islandsNote() {
        Directory directory = engine.directory.get();
        if (directory == null || !directory.islandsUnconfirmed()) {
            return;
        }
        String note = directory.islandsNote();
        reply.text(note == null || note.isBlank() ? render(engine.texts.get("municipality.islands"))
                : note + "\n" + render(engine.texts.get("municipality.islands-numbers")));
    }

    private void answered(String event) {
        st.retries(0);
        fire(event);
    }

    private void fail(Ask a, String why) {
        st.retries(st.retries() + 1);
        String text = why != null ? why : a.retry() != null ? render(a.retry()) : defaultRetry(a);
        int max = a.maxRetries() != null ? a.maxRetries() : engine.properties.maxRetries();
        if (st.retries() >= max) {
            st.retries(0);
            reply.text(text);
            List<Offer> offers = new ArrayList<>();
            commandOffer(FlowVocabulary.COUNSELLOR).ifPresent(offers::add);
            commandOffer(FlowVocabulary.MENU).ifPresent(offers::add);
            offers.add(new Offer(engine.texts.get("retry.again"), Offer.Kind.RESHOW, ""));
            reply.text(engine.texts.get("retry.offer-counsellor"), offers);
            return;
        }
        reply.text(text, questionOffers(a));
    }

    private String defaultRetry(Ask a) {
        if (a.type() == null) {
            return engine.texts.get("retry.choice");
        }
        return switch (a.type()) {
            case TEXT -> engine.texts.get("retry.text",
                    a.maxLength() != null ? a.maxLength() : FlowVocabulary.DEFAULT_TEXT_LENGTH);
            case MULTI_CHOICE -> engine.texts.get("retry.multi-choice", doneLabel(a));
            default -> engine.texts.get("retry." + a.type().key());
        };
    }

    // --- moving through the flow ----------------------------------------------------------------------------

    private void fire(String flowEvent) {
        Optional<FlowMachine> machine = current();
        if (machine.isEmpty()) {
            enterStart();
            return;
        }
        Optional<String> target = machine.get().fire(st.stateId(), flowEvent, st.slots());
        if (target.isEmpty()) {
            log.warn("flow {}@{} state {} has no transition for {}", st.flowId(), st.flowVersion(), st.stateId(),
                    flowEvent);
            reshow();
            return;
        }
        enter(Target.parse(target.get(), st.flowId(), 0), false);
    }

    private void enterStart() {
        FlowMachine main = live.flows().get(live.mainFlow());
        enter(new Target(main.flow().id(), main.flow().start(), 0), true);
    }

    /**
     * Enters a state and goes on through states that do not wait, saying what each says, until one asks,
     * offers choices or rests. {@code upgrade}: take the live version even within the same flow (commands, restarts).
     */
    private void enter(Target target, boolean upgrade) {
        st.pending(null);
        st.retries(0);
        String flowId = target.flow();
        String stateId = target.state();
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            String id = flowId;
            Optional<FlowMachine> machine = flowId.equals(st.flowId()) && !upgrade
                    ? engine.library.version(flowId, st.flowVersion()).or(() -> live.flow(id))
                    : live.flow(flowId);
            upgrade = false;
            FlowState s = machine.isEmpty() ? null : machine.get().flow().state(stateId);
            if (s == null) {
                log.warn("flow target {}:{} does not exist; going to the start", flowId, stateId);
                FlowMachine main = live.flows().get(live.mainFlow());
                if (flowId.equals(main.flow().id()) && main.flow().start().equals(stateId)) {
                    return;
                }
                flowId = main.flow().id();
                stateId = main.flow().start();
                upgrade = true;
                continue;
            }
            FlowMachine m = machine.get();
            st.at(m.flow().id(), m.flow().version(), s.id());
            clear(s.clear());
            set(s.set());
            if (s.handoff() != null) {
                handoff(m.flow(), s);
            } else {
                s.say().forEach(t -> reply.text(render(t)));
            }
            if (s.faq() != null) {
                faqLookup(render(s.faq()), false);
            }
            Optional<String> next = Optional.empty();
            if (s.ask() != null) {
                if (s.ask().skipIfAnswered() && hasValue(st.slots().get(s.ask().slot()))) {
                    next = m.fire(s.id(), answeredEvent(s.ask()), st.slots());
                } else {
                    question(s.ask());
                    return;
                }
            } else if (!s.choices().isEmpty()) {
                reply.attach(choiceOffers(s.choices()));
                return;
            } else if (s.buttons() != null) {
                reply.buttons(s.buttons().title() == null ? null : render(s.buttons().title()),
                        render(s.buttons().text()), choiceOffers(s.buttons().choices()), List.of());
                return;
            } else if (!s.next().isEmpty()) {
                next = m.fire(s.id(), FlowEvents.NEXT, st.slots());
            }
            if (next.isEmpty()) {
                return;
            }
            Target t = Target.parse(next.get(), m.flow().id(), 0);
            flowId = t.flow();
            stateId = t.state();
        }
        log.warn("flow {} went through {} states without waiting; stopped", flowId, MAX_HOPS);
    }

    /** Shows the current question (or choices) again, e.g. after a sticker, an alert or an old tap. */
    private void reshow() {
        Pending pending = st.pending();
        if (pending != null) {
            switch (pending.kind()) {
                case SUGGESTION -> askSuggestion(pending.value());
                case FAQ_FEEDBACK -> reply.text(engine.texts.get("faq.resolved-question"), yesNoOffers());
                case RESUME -> offerResume();
            }
            return;
        }
        Optional<FlowState> state = state();
        if (state.isEmpty()) {
            enterStart();
            return;
        }
        FlowState s = state.get();
        if (s.ask() != null) {
            question(s.ask());
        } else if (!s.choices().isEmpty()) {
            String text = s.say().isEmpty() ? engine.texts.get("choose") : render(s.say().get(s.say().size() - 1));
            reply.text(text, choiceOffers(s.choices()));
        } else if (s.buttons() != null) {
            reply.buttons(s.buttons().title() == null ? null : render(s.buttons().title()),
                    render(s.buttons().text()), choiceOffers(s.buttons().choices()), List.of());
        } else {
            reply.text(engine.texts.get("rest"), restOffers());
        }
    }

    private void question(Ask a) {
        String prompt = render(a.prompt());
        if (a.type() == SlotType.MULTI_CHOICE && !chosen(a).isEmpty()) {
            prompt = prompt + "\n" + engine.texts.get("multi.chosen", String.join("、", chosenLabels(a)));
        }
        List<Offer> offers = questionOffers(a);
        if (a.buttons() && !offers.isEmpty() && offers.size() <= jp.tokyo.mcc.line.LineLimits.BUTTONS_ACTIONS) {
            reply.buttons(null, prompt, offers, List.of());
        } else {
            reply.text(prompt, offers);
        }
    }

    private void multiProgress(Ask a) {
        reply.text(engine.texts.get("multi.chosen", String.join("、", chosenLabels(a))) + "\n"
                + engine.texts.get("multi.more", doneLabel(a)), questionOffers(a));
    }

    private List<Offer> questionOffers(Ask a) {
        List<Offer> offers = new ArrayList<>();
        if (a.type() == null) {
            return offers;
        }
        switch (a.type()) {
            case CHOICE -> {
                for (int i = 0; i < a.options().size(); i++) {
                    offers.add(new Offer(a.options().get(i).label(), Offer.Kind.OPTION, String.valueOf(i)));
                }
            }
            case MULTI_CHOICE -> {
                List<String> chosen = chosen(a);
                for (int i = 0; i < a.options().size(); i++) {
                    if (!chosen.contains(a.options().get(i).value())) {
                        offers.add(new Offer(a.options().get(i).label(), Offer.Kind.OPTION, String.valueOf(i)));
                    }
                }
                offers.add(new Offer(doneLabel(a), Offer.Kind.DONE, ""));
            }
            case YES_NO -> offers.addAll(yesNoOffers());
            default -> {
            }
        }
        return offers;
    }

    private List<Offer> yesNoOffers() {
        return List.of(new Offer(engine.texts.get("yes"), Offer.Kind.YES, ""),
                new Offer(engine.texts.get("no"), Offer.Kind.NO, ""));
    }

    private static List<Offer> choiceOffers(List<Choice> choices) {
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            offers.add(new Offer(choices.get(i).label(), Offer.Kind.CHOICE, String.valueOf(i)));
        }
        return offers;
    }

    private Optional<Offer> commandOffer(String name) {
        return live.command(name).map(c -> new Offer(c.chipLabel(), Offer.Kind.COMMAND, c.name()));
    }

    private List<Offer> restOffers() {
        List<Offer> offers = new ArrayList<>();
        commandOffer(FlowVocabulary.MENU).ifPresent(offers::add);
        commandOffer(FlowVocabulary.COUNSELLOR).ifPresent(offers::add);
        return offers;
    }

    private void stale() {
        reply.text(engine.texts.get("stale"));
        reshow();
    }

    private void offerResume() {
        st.pending(new Pending(Pending.Kind.RESUME, ""));
        List<Offer> offers = new ArrayList<>();
        offers.add(new Offer(engine.texts.get("resume.continue"), Offer.Kind.RESUME, ""));
        live.command(FlowVocabulary.MENU).ifPresent(c ->
                offers.add(new Offer(engine.texts.get("resume.restart"), Offer.Kind.COMMAND, c.name())));
        reply.text(engine.texts.get("resume.question"), offers);
    }

    private void offerDisasterPath() {
        if (alert.kind() != SafetyAlert.Kind.DISASTER || alert.flowState() == null) {
            return;
        }
        Target t = Target.parse(alert.flowState(), live.mainFlow(), 0);
        boolean exists = live.flow(t.flow()).map(m -> m.flow().state(t.state()) != null).orElse(false);
        boolean alreadyThere = t.flow().equals(st.flowId()) && t.state().equals(st.stateId());
        if (exists && !alreadyThere) {
            reply.attach(List.of(new Offer(engine.texts.get("disaster.offer"), Offer.Kind.TARGET, t.qualified())));
        }
    }

    private boolean inMiddle() {
        if (st.pending() != null && st.pending().kind() == Pending.Kind.SUGGESTION) {
            return true;
        }
        Optional<FlowState> s = state();
        return s.isPresent() && (s.get().ask() != null || !st.flowId().equals(live.mainFlow()) && !s.get().end());
    }

    // --- FAQ ---------------------------------------------------------------------------------------------------

    private void faq(String text) {
        if (!faqLookup(text, true)) {
            reply.text(engine.texts.get("faq.none"), restOffers());
        }
    }

    /** Shows confident FAQ hits as buttons; true when there were any. */
    private boolean faqLookup(String query, boolean withRestOffers) {
        FaqSearch search = engine.faq.get();
        if (search == null || query == null || query.isBlank()) {
            return false;
        }
        List<Offer> hits = new ArrayList<>();
        for (FaqHit hit : search.search(query, engine.properties.faqHits())) {
            if (hit.confident() && hits.size() < engine.properties.faqHits()) {
                hits.add(new Offer(hit.entry().question(), Offer.Kind.FAQ, hit.entry().id()));
            }
        }
        if (hits.isEmpty()) {
            return false;
        }
        reply.buttons(null, engine.texts.get("faq.hits"), hits, withRestOffers ? restOffers() : List.of());
        return true;
    }

    private void showFaq(String id) {
        FaqSearch search = engine.faq.get();
        Optional<FaqEntry> entry = search == null ? Optional.empty() : search.entry(id);
        if (entry.isEmpty()) {
            stale();
            return;
        }
        FaqEntry e = entry.get();
        String answer = e.answer();
        if (e.link() != null && !e.link().isBlank()) {
            answer = answer + "\n" + engine.texts.get("faq.link", e.link());
        }
        reply.text(answer);
        reply.text(engine.texts.get("faq.resolved-question"), yesNoOffers());
        st.pending(new Pending(Pending.Kind.FAQ_FEEDBACK, e.id()));
    }

    private void feedback(String entryId, boolean resolved) {
        FaqSearch search = engine.faq.get();
        if (search != null) {
            search.recordFeedback(entryId, resolved);
        }
        if (resolved) {
            List<Offer> offers = new ArrayList<>();
            commandOffer(FlowVocabulary.MENU).ifPresent(offers::add);
            reply.text(engine.texts.get("faq.resolved-yes"), offers);
        } else {
            reply.text(engine.texts.get("faq.resolved-no"), restOffers());
        }
    }

    // --- hand-over -----------------------------------------------------------------------------------------------

    private void handoff(Flow flow, FlowState s) {
        CounsellorDesk desk = engine.desk.get();
        if (desk == null) {
            List<String> unavailable = s.handoff().unavailable().isEmpty()
                    ? List.of(engine.texts.get("handoff.unavailable")) : s.handoff().unavailable();
            unavailable.forEach(t -> reply.text(render(t)));
            return;
        }
        Map<String, Ask> asks = labelledAsks(flow);
        String summary = engine.handover.summary(st.slots(), asks);
        HandoverReceipt receipt = desk.open(engine.handover.request(st.userId(), st.slots(), asks, summary,
                List.copyOf(st.transcript())));
        st.slots().put("inquiry.number", receipt.inquiryNumber());
        st.slots().put("inquiry.center", receipt.centerName());
        st.slots().put("inquiry.next-answer", receipt.nextAnswer());
        s.say().forEach(t -> reply.text(render(t)));
        // the inquiry keeps them now: forget the family's details, keep where they live and what it was about
        for (String slot : asks.keySet()) {
            if (!slot.equals(FlowVocabulary.CATEGORY) && !slot.equals(FlowVocabulary.MUNICIPALITY)) {
                st.slots().remove(slot);
            }
        }
        st.transcript().clear();
    }

    private Map<String, Ask> labelledAsks(Flow flow) {
        return Handover.labelled(flow, live.flows().values().stream().map(FlowMachine::flow).toList());
    }

    private String summary() {
        Optional<FlowMachine> machine = current();
        return machine.map(m -> engine.handover.summary(st.slots(), labelledAsks(m.flow()))).orElse("");
    }

    // --- small helpers -------------------------------------------------------------------------------------------

    private Optional<FlowMachine> current() {
        if (st.flowId() == null) {
            return Optional.empty();
        }
        Optional<FlowMachine> m = engine.library.version(st.flowId(), st.flowVersion());
        if (m.isEmpty()) {
            m = live.flow(st.flowId());
        }
        return m.filter(x -> x.flow().state(st.stateId()) != null);
    }

    private Optional<FlowState> state() {
        return current().map(m -> m.flow().state(st.stateId()));
    }

    private String render(String text) {
        return engine.placeholders.render(text, st.slots(), now, this::summary);
    }

    private void clear(List<String> slots) {
        if (slots.contains("all")) {
            st.slots().clear();
            return;
        }
        slots.forEach(st.slots()::remove);
    }

    private void set(Map<String, String> values) {
        values.forEach((k, v) -> st.slots().put(k, render(v)));
    }

    private List<String> chosen(Ask a) {
        Object value = st.slots().get(a.slot());
        List<String> chosen = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(x -> chosen.add(String.valueOf(x)));
        }
        return chosen;
    }

    private List<String> chosenLabels(Ask a) {
        List<String> labels = new ArrayList<>();
        for (String v : chosen(a)) {
            labels.add(a.options().stream().filter(o -> o.value().equals(v)).map(AskOption::label).findFirst().orElse(v));
        }
        return labels.isEmpty() ? List.of(engine.texts.get("multi.none")) : labels;
    }

    private static List<String> labels(Ask a) {
        return a.options().stream().map(AskOption::label).toList();
    }

    private String doneLabel(Ask a) {
        return a.done() != null ? a.done() : engine.texts.get("multi.done");
    }

    private static boolean hasValue(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Collection<?> c) {
            return true; // an answered multi-choice may be empty (なし)
        }
        return !String.valueOf(value).isBlank();
    }
}
