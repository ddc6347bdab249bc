package jp.tokyo.mcc.conversation.internal.moves;

import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.engine.ConversationState;
import jp.tokyo.mcc.conversation.internal.engine.Pending;
import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.AskOption;
import jp.tokyo.mcc.conversation.internal.flow.Choice;
import jp.tokyo.mcc.conversation.internal.flow.FlowState;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.SlotType;
import jp.tokyo.mcc.conversation.internal.machine.FlowEvents;
import jp.tokyo.mcc.conversation.internal.slots.ChildAge;
import jp.tokyo.mcc.conversation.internal.slots.OptionMatcher;
import jp.tokyo.mcc.conversation.internal.slots.PhoneNumber;
import jp.tokyo.mcc.conversation.internal.slots.TextNormalizer;
import jp.tokyo.mcc.conversation.internal.slots.YesNo;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * Answers to what the current state offers: a choice, an option of the question, 「これで全部」, yes / no (which
 * answers a side question first, when one is waiting), and a typed answer read by the question's slot type.
 */
public final class Answers {

    private Answers() {
    }

    /** One of the state's choices (or buttons). */
    public static void choice(TurnContext t, int index) {
        Optional<FlowState> state = t.currentState();
        if (state.isEmpty()) {
            Navigation.stale(t);
            return;
        }
        FlowState s = state.get();
        List<Choice> choices = s.buttons() != null ? s.buttons().choices() : s.choices();
        if (index >= choices.size()) {
            Navigation.stale(t);
            return;
        }
        t.state().pending(null);
        Choice c = choices.get(index);
        t.clearSlots(c.clear());
        t.setSlots(c.set());
        Navigation.fire(t, FlowEvents.choice(index));
    }

    /** One of the question's options. */
    public static void option(TurnContext t, int index) {
        Optional<Ask> ask = t.currentAsk();
        if (ask.isEmpty() || index >= ask.get().options().size()) {
            Navigation.stale(t);
            return;
        }
        Ask a = ask.get();
        AskOption o = a.options().get(index);
        ConversationState st = t.state();
        st.pending(null);
        if (a.type() == SlotType.MULTI_CHOICE) {
            List<String> chosen = Questions.chosen(t, a);
            if (!chosen.contains(o.value())) {
                chosen.add(o.value());
            }
            st.slots().put(a.slot(), chosen);
            Questions.progress(t, a);
            return;
        }
        st.slots().put(a.slot(), o.value());
        Navigation.answered(t, o.to() != null ? FlowEvents.option(index) : FlowEvents.NEXT);
    }

    /** 「これで全部」 of a multi-choice question. */
    public static void multiDone(TurnContext t) {
        Optional<Ask> ask = t.currentAsk();
        if (ask.isEmpty() || ask.get().type() != SlotType.MULTI_CHOICE) {
            Navigation.stale(t);
            return;
        }
        t.state().slots().put(ask.get().slot(), Questions.chosen(t, ask.get()));
        Navigation.answered(t, FlowEvents.NEXT);
    }

    /** Yes or no: to the side question waiting, else to the current yes-no question. */
    public static void yesNo(TurnContext t, boolean yes) {
        ConversationState st = t.state();
        Pending pending = st.pending();
        st.pending(null);
        if (pending != null) {
            SideQuestions.answered(t, pending, yes);
            return;
        }
        Optional<Ask> ask = t.currentAsk();
        if (ask.isEmpty() || ask.get().type() != SlotType.YES_NO) {
            Navigation.stale(t);
            return;
        }
        Ask a = ask.get();
        st.slots().put(a.slot(), t.text(yes ? "yes" : "no"));
        if ((yes ? a.yes() : a.no()) != null) {
            Navigation.answered(t, yes ? FlowEvents.YES : FlowEvents.NO);
        } else {
            Navigation.answered(t, FlowEvents.NEXT);
        }
    }

    /** A typed answer to the current question, read by its slot type (the municipality: {@link MunicipalityRouting}). */
    public static void typed(TurnContext t, Ask a, String text) {
        if (a.type() == null) {
            Questions.fail(t, a, null);
            return;
        }
        switch (a.type()) {
            case TEXT -> {
                String value = text.strip();
                int max = a.maxLength() != null ? a.maxLength() : FlowVocabulary.DEFAULT_TEXT_LENGTH;
                int length = value.codePointCount(0, value.length());
                if (value.isEmpty()) {
                    Questions.fail(t, a, null);
                } else if (length > max) {
                    Questions.fail(t, a, t.text("retry.text-too-long", max, length));
                } else {
                    take(t, a, value);
                }
            }
            case AGE -> ChildAge.parse(text).ifPresentOrElse(v -> take(t, a, v), () -> Questions.fail(t, a, null));
            case PHONE -> PhoneNumber.parse(text).ifPresentOrElse(v -> take(t, a, v), () -> Questions.fail(t, a, null));
            case YES_NO -> YesNo.parse(text).ifPresentOrElse(yes -> yesNo(t, yes), () -> Questions.fail(t, a, null));
            case CHOICE -> OptionMatcher.one(text, Questions.labels(a))
                    .ifPresentOrElse(i -> option(t, i), () -> Questions.fail(t, a, null));
            case MULTI_CHOICE -> multiChoice(t, a, text);
            case MUNICIPALITY -> MunicipalityRouting.answer(t, a, text);
        }
    }

    /** Whether a typed text would be taken as the answer to the question (nothing is changed). */
    public static boolean fits(TurnContext t, Ask a, String text) {
        if (a.type() == null) {
            return false;
        }
        return switch (a.type()) {
            case TEXT -> !text.isBlank();
            case AGE -> ChildAge.parse(text).isPresent();
            case PHONE -> PhoneNumber.parse(text).isPresent();
            case YES_NO -> YesNo.parse(text).isPresent();
            case CHOICE -> OptionMatcher.one(text, Questions.labels(a)).isPresent();
            case MULTI_CHOICE -> TextNormalizer.key(text).equals(TextNormalizer.key(Questions.doneLabel(t, a)))
                    || !OptionMatcher.all(text, Questions.labels(a)).isEmpty();
            case MUNICIPALITY -> t.directory() == null
                    || !(t.directory().match(text) instanceof jp.tokyo.mcc.directory.PlaceMatch.Unknown);
        };
    }

    private static void take(TurnContext t, Ask a, String value) {
        t.state().slots().put(a.slot(), value);
        Navigation.answered(t, FlowEvents.NEXT);
    }

    private static void multiChoice(TurnContext t, Ask a, String text) {
        if (TextNormalizer.key(text).equals(TextNormalizer.key(Questions.doneLabel(t, a)))) {
            multiDone(t);
            return;
        }
        List<Integer> found = OptionMatcher.all(text, Questions.labels(a));
        if (found.isEmpty()) {
            Questions.fail(t, a, null);
            return;
        }
        List<String> chosen = Questions.chosen(t, a);
        for (int i : found) {
            String value = a.options().get(i).value();
            if (!chosen.contains(value)) {
                chosen.add(value);
            }
        }
        t.state().slots().put(a.slot(), chosen);
        Questions.progress(t, a);
    }
}
