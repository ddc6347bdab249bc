package jp.tokyo.mcc.conversation.internal.moves;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.engine.ConversationState;
import jp.tokyo.mcc.conversation.internal.engine.Pending;
import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.AskOption;
import jp.tokyo.mcc.conversation.internal.flow.FlowState;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.SlotType;
import jp.tokyo.mcc.conversation.internal.flow.Target;
import jp.tokyo.mcc.conversation.internal.machine.FlowEvents;
import jp.tokyo.mcc.conversation.internal.machine.FlowMachine;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moving through the flows: entering a state and going on through the states that do not wait, firing a flow event
 * from the current state, and showing the current question (or choices) again.
 */
public final class Navigation {

    private static final Logger log = LoggerFactory.getLogger(Navigation.class);
    private static final int MAX_HOPS = 40;

    private Navigation() {
    }

    /** An answer was taken: failed answers are forgotten and the flow goes on with {@code flowEvent}. */
    public static void answered(TurnContext t, String flowEvent) {
        t.state().retries(0);
        fire(t, flowEvent);
    }

    /** Goes on from the current state with a flow event (a choice, an option, yes / no, next). */
    public static void fire(TurnContext t, String flowEvent) {
        ConversationState st = t.state();
        Optional<FlowMachine> machine = t.current();
        if (machine.isEmpty()) {
            enterStart(t);
            return;
        }
        Optional<String> target = machine.get().fire(st.stateId(), flowEvent, st.slots());
        if (target.isEmpty()) {
            log.warn("flow {}@{} state {} has no transition for {}", st.flowId(), st.flowVersion(), st.stateId(),
                    flowEvent);
            reshow(t);
            return;
        }
        enter(t, Target.parse(target.get(), st.flowId(), 0), false);
    }

    /** The main flow's start (the live version). */
    public static void enterStart(TurnContext t) {
        FlowMachine main = t.live().flows().get(t.live().mainFlow());
        enter(t, new Target(main.flow().id(), main.flow().start(), 0), true);
    }

    /**
     * Enters a state and goes on through states that do not wait, saying what each says, until one asks,
     * offers choices or rests. {@code upgrade}: take the live version even within the same flow (commands, restarts).
     */
    public static void enter(TurnContext t, Target target, boolean upgrade) {
        ConversationState st = t.state();
        st.pending(null);
        st.retries(0);
        String flowId = target.flow();
        String stateId = target.state();
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            String id = flowId;
            Optional<FlowMachine> machine = flowId.equals(st.flowId()) && !upgrade
                    ? t.version(flowId, st.flowVersion()).or(() -> t.live().flow(id))
                    : t.live().flow(flowId);
            upgrade = false;
            FlowState s = machine.isEmpty() ? null : machine.get().flow().state(stateId);
            if (s == null) {
                log.warn("flow target {}:{} does not exist; going to the start", flowId, stateId);
                FlowMachine main = t.live().flows().get(t.live().mainFlow());
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
            t.clearSlots(s.clear());
            Language before = t.language();
            t.setSlots(s.set());
            if (t.language() != before) {
                // the state switched the family's language: what it says is in the new one
                m = t.version(m.flow().id(), m.flow().version()).orElse(m);
                s = Optional.ofNullable(m.flow().state(s.id())).orElse(s);
            }
            if (s.consent()) {
                // what the family is asked to agree to, as written: its version is recorded with the inquiry
                st.slots().put(FlowVocabulary.CONSENT_TEXT, String.join("\n\n", s.texts()));
            }
            if (s.handoff() != null) {
                CounsellorHandoff.open(t, m.flow(), s);
            } else if (s.erase() && !FamilyDataErasure.erase(t)) {
                return;
            } else {
                s.say().forEach(t::say);
            }
            if (s.faq() != null) {
                FaqAnswers.lookup(t, t.render(s.faq()), false);
            }
            Optional<String> next = Optional.empty();
            if (s.ask() != null) {
                if (s.ask().skipIfAnswered() && hasValue(st.slots().get(s.ask().slot()))) {
                    next = m.fire(s.id(), answeredEvent(t, s.ask()), st.slots());
                } else {
                    Questions.ask(t, s.ask());
                    return;
                }
            } else if (!s.choices().isEmpty()) {
                t.reply().attach(Offers.choices(s.choices()));
                return;
            } else if (s.buttons() != null) {
                t.reply().buttons(s.buttons().title() == null ? null : t.render(s.buttons().title()),
                        t.render(s.buttons().text()), Offers.choices(s.buttons().choices()), List.of());
                return;
            } else if (!s.next().isEmpty()) {
                next = m.fire(s.id(), FlowEvents.NEXT, st.slots());
            }
            if (next.isEmpty()) {
                return;
            }
            Target n = Target.parse(next.get(), m.flow().id(), 0);
            flowId = n.flow();
            stateId = n.state();
        }
        log.warn("flow {} went through {} states without waiting; stopped", flowId, MAX_HOPS);
    }

    /** Shows the current question (or choices) again, e.g. after a sticker, an alert or an old tap. */
    public static void reshow(TurnContext t) {
        Pending pending = t.state().pending();
        if (pending != null) {
            SideQuestions.askAgain(t, pending);
            return;
        }
        Optional<FlowState> state = t.currentState();
        if (state.isEmpty()) {
            enterStart(t);
            return;
        }
        FlowState s = state.get();
        if (s.ask() != null) {
            Questions.ask(t, s.ask());
        } else if (!s.choices().isEmpty()) {
            int before = t.reply().lines().size();
            if (!s.say().isEmpty()) {
                t.say(s.say().get(s.say().size() - 1));
            }
            if (t.reply().lines().size() == before) {
                t.reply().text(t.text("choose"), Offers.choices(s.choices()));
            } else {
                t.reply().attach(Offers.choices(s.choices()));
            }
        } else if (s.buttons() != null) {
            t.reply().buttons(s.buttons().title() == null ? null : t.render(s.buttons().title()),
                    t.render(s.buttons().text()), Offers.choices(s.buttons().choices()), List.of());
        } else {
            t.reply().text(t.text("rest"), Offers.rest(t));
        }
    }

    /** A tap or answer that no longer fits: says so kindly and shows where the family is. */
    public static void stale(TurnContext t) {
        t.reply().text(t.text("stale"));
        reshow(t);
    }

    /** The event an already answered question leads on with (an option's or yes / no's own target). */
    private static String answeredEvent(TurnContext t, Ask a) {
        Object value = t.state().slots().get(a.slot());
        if (a.type() == SlotType.CHOICE) {
            for (int i = 0; i < a.options().size(); i++) {
                AskOption o = a.options().get(i);
                if (o.value().equals(value) && o.to() != null) {
                    return FlowEvents.option(i);
                }
            }
        } else if (a.type() == SlotType.YES_NO) {
            boolean yes = t.text("yes").equals(value);
            if ((yes ? a.yes() : a.no()) != null) {
                return yes ? FlowEvents.YES : FlowEvents.NO;
            }
        }
        return FlowEvents.NEXT;
    }

    private static boolean hasValue(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Collection<?>) {
            return true; // an answered multi-choice may be empty (なし)
        }
        return !String.valueOf(value).isBlank();
    }
}
