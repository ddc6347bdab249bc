package jp.tokyo.mcc.conversation.internal.moves;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jp.tokyo.mcc.conversation.internal.engine.ConversationState;
import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.AskOption;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.SlotType;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.line.LineLimits;

/**
 * Asking a flow's question: the prompt with its options, the options of a multi-choice question still open, and
 * the kind answer to one that did not fit (after a few, a counsellor and the menu are offered).
 */
public final class Questions {

    private Questions() {
    }

    /** The question's prompt with its options (as buttons when the flow says so and they fit). */
    public static void ask(TurnContext t, Ask a) {
        String prompt = t.render(a.prompt());
        if (a.type() == SlotType.MULTI_CHOICE && !chosen(t, a).isEmpty()) {
            prompt = prompt + "\n" + t.text("multi.chosen", String.join("、", chosenLabels(t, a)));
        }
        List<Offer> offers = offers(t, a);
        if (a.buttons() && !offers.isEmpty() && offers.size() <= LineLimits.BUTTONS_ACTIONS) {
            t.reply().buttons(null, prompt, offers, List.of());
        } else {
            t.reply().text(prompt, offers);
        }
    }

    /** What a multi-choice question has so far, and the options still open. */
    public static void progress(TurnContext t, Ask a) {
        t.reply().text(t.text("multi.chosen", String.join("、", chosenLabels(t, a))) + "\n"
                + t.text("multi.more", doneLabel(t, a)), offers(t, a));
    }

    /** An answer that does not fit: why, or the question's retry text; after too many, a way out. */
    public static void fail(TurnContext t, Ask a, String why) {
        ConversationState st = t.state();
        st.retries(st.retries() + 1);
        String text = why != null ? why : a.retry() != null ? t.render(a.retry()) : defaultRetry(t, a);
        int max = a.maxRetries() != null ? a.maxRetries() : t.settings().maxRetries();
        if (st.retries() >= max) {
            st.retries(0);
            t.reply().text(text);
            List<Offer> offers = new ArrayList<>();
            Offers.command(t, FlowVocabulary.COUNSELLOR).ifPresent(offers::add);
            Offers.command(t, FlowVocabulary.MENU).ifPresent(offers::add);
            offers.add(new Offer(t.text("retry.again"), Offer.Kind.RESHOW, ""));
            t.reply().text(t.text("retry.offer-counsellor"), offers);
            return;
        }
        t.reply().text(text, offers(t, a));
    }

    /** The options of a question as buttons (a multi-choice question: those not chosen yet, and 「これで全部」). */
    public static List<Offer> offers(TurnContext t, Ask a) {
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
                List<String> chosen = chosen(t, a);
                for (int i = 0; i < a.options().size(); i++) {
                    if (!chosen.contains(a.options().get(i).value())) {
                        offers.add(new Offer(a.options().get(i).label(), Offer.Kind.OPTION, String.valueOf(i)));
                    }
                }
                offers.add(new Offer(doneLabel(t, a), Offer.Kind.DONE, ""));
            }
            case YES_NO -> offers.addAll(Offers.yesNo(t));
            default -> {
            }
        }
        return offers;
    }

    /** The values a multi-choice question has so far. */
    public static List<String> chosen(TurnContext t, Ask a) {
        Object value = t.state().slots().get(a.slot());
        List<String> chosen = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(x -> chosen.add(String.valueOf(x)));
        }
        return chosen;
    }

    public static List<String> labels(Ask a) {
        return a.options().stream().map(AskOption::label).toList();
    }

    /** The label of 「これで全部」 (the flow's own, or the default). */
    public static String doneLabel(TurnContext t, Ask a) {
        return a.done() != null ? a.done() : t.text("multi.done");
    }

    private static List<String> chosenLabels(TurnContext t, Ask a) {
        List<String> labels = new ArrayList<>();
        for (String v : chosen(t, a)) {
            labels.add(a.options().stream().filter(o -> o.value().equals(v)).map(AskOption::label).findFirst().orElse(v));
        }
        return labels.isEmpty() ? List.of(t.text("multi.none")) : labels;
    }

    private static String defaultRetry(TurnContext t, Ask a) {
        if (a.type() == null) {
            return t.text("retry.choice");
        }
        return switch (a.type()) {
            case TEXT -> t.text("retry.text", a.maxLength() != null ? a.maxLength() : FlowVocabulary.DEFAULT_TEXT_LENGTH);
            case MULTI_CHOICE -> t.text("retry.multi-choice", doneLabel(t, a));
            default -> t.text("retry." + a.type().key());
        };
    }
}
