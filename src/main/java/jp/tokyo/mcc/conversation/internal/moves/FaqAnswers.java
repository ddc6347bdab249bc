package jp.tokyo.mcc.conversation.internal.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.engine.FlexCard;
import jp.tokyo.mcc.conversation.internal.engine.FaqCards;
import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.engine.Pending;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.knowledge.FaqAnswer;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqHit;
import jp.tokyo.mcc.knowledge.FaqSearch;

/**
 * The FAQ: the answer when one entry clearly fits, two or three close entries as buttons, an entry's answer, and
 * 「解決しましたか？」 with what the family said to it (a "no" keeps what they had asked, for administrators).
 */
public final class FaqAnswers {

    private FaqAnswers() {
    }

    /**
     * Answers a family's words from the FAQ: the entry's answer when one clearly fits, else the close entries as
     * buttons; false when nothing fits (nothing is said then).
     */
    public static boolean answer(TurnContext t, String text) {
        FaqSearch search = t.faq();
        if (search == null || text == null || text.isBlank()) {
            return false;
        }
        FaqAnswer answer = search.answer(text);
        if (answer instanceof FaqAnswer.Clear clear) {
            show(t, clear.entry(), text);
            return true;
        }
        if (answer instanceof FaqAnswer.Ambiguous ambiguous) {
            t.reply().buttons(null, t.text("faq.hits"), offers(t, ambiguous.candidates()), Offers.rest(t));
            return true;
        }
        return false;
    }

    /** Keeps what the family asked that nothing answered (their words and user id, for administrators). */
    public static void unanswered(TurnContext t, String text) {
        FaqSearch search = t.faq();
        if (search != null && text != null && !text.isBlank() && t.event().userId() != null) {
            search.recordUnanswered(t.event().userId(), text);
        }
    }

    /**
     * The FAQ's answer on the side of a question the bot is waiting for: the entry's answer, or the close entries
     * as buttons (no 「解決しましたか？」: the question comes back next).
     */
    public static void aside(TurnContext t, FaqAnswer answer) {
        if (answer instanceof FaqAnswer.Clear clear) {
            say(t, clear.entry());
        } else if (!answer.entries().isEmpty()) {
            t.reply().buttons(null, t.text("faq.hits"), offers(t, answer.entries()), List.of());
        }
    }

    /** Shows confident FAQ hits as buttons (a flow state's {@code faq:}); true when there were any. */
    public static boolean lookup(TurnContext t, String query, boolean withRestOffers) {
        FaqSearch search = t.faq();
        if (search == null || query == null || query.isBlank()) {
            return false;
        }
        int max = t.settings().faqHits();
        List<FaqEntry> hits = new ArrayList<>();
        for (FaqHit hit : search.search(query, max)) {
            if (hit.confident() && hits.size() < max) {
                hits.add(hit.entry());
            }
        }
        if (hits.isEmpty()) {
            return false;
        }
        t.reply().buttons(null, t.text("faq.hits"), offers(t, hits), withRestOffers ? Offers.rest(t) : List.of());
        return true;
    }

    private static List<Offer> offers(TurnContext t, List<FaqEntry> entries) {
        return entries.stream().map(e -> new Offer(in(t, e).question(), Offer.Kind.FAQ, e.id())).toList();
    }

    /** The entry in the family's language (its Japanese texts, counted, where it has no translation). */
    private static FaqEntry in(TurnContext t, FaqEntry e) {
        FaqSearch search = t.faq();
        if (search == null || t.language().isJapanese()) {
            return e;
        }
        return search.in(e, t.language());
    }

    /** An entry's answer (and its link), then 「解決しましたか？」 (a tap: what was asked is not known). */
    public static void show(TurnContext t, String id) {
        FaqSearch search = t.faq();
        Optional<FaqEntry> entry = search == null ? Optional.empty() : search.entry(id);
        if (entry.isEmpty()) {
            Navigation.stale(t);
            return;
        }
        show(t, entry.get(), null);
    }

    private static void show(TurnContext t, FaqEntry e, String asked) {
        say(t, e);
        askFeedback(t);
        t.state().pending(new Pending(Pending.Kind.FAQ_FEEDBACK, e.id(), asked));
    }

    /** An entry's answer: a card when it gives a phone number or a link, else its text; the text is the card's altText. */
    private static void say(TurnContext t, FaqEntry japanese) {
        FaqEntry e = in(t, japanese);
        if (!t.language().isJapanese() && t.faq() != null && !t.faq().translated(japanese, t.language())) {
            t.fellBack();
        }
        String text = answerText(t, e);
        Optional<FlexCard> card = FaqCards.of(e, text, t.texts());
        if (card.isPresent()) {
            t.reply().card(card.get().altText(), card.get().contents());
        } else {
            t.reply().text(text);
        }
    }

    private static String answerText(TurnContext t, FaqEntry e) {
        if (e.link() != null && !e.link().isBlank()) {
            return e.answer() + "\n" + t.text("faq.link", e.link());
        }
        return e.answer();
    }

    /** 「解決しましたか？」 with yes / no. */
    public static void askFeedback(TurnContext t) {
        t.reply().text(t.text("faq.resolved-question"), Offers.yesNo(t));
    }

    /**
     * The family's yes or no to 「解決しましたか？」: stored (with what they had asked when it did not help), and
     * thanked or offered more help; then the question they were at, if any.
     */
    public static void feedback(TurnContext t, Pending pending, boolean resolved) {
        FaqSearch search = t.faq();
        if (search != null) {
            search.recordFeedback(pending.value(), resolved, t.event().userId(), pending.detail());
        }
        if (t.currentAsk().isPresent()) {
            t.reply().text(t.text(resolved ? "faq.resolved-yes" : "faq.resolved-no"));
            Navigation.reshow(t);
        } else if (resolved) {
            List<Offer> offers = new ArrayList<>();
            Offers.command(t, FlowVocabulary.MENU).ifPresent(offers::add);
            t.reply().text(t.text("faq.resolved-yes"), offers);
        } else {
            t.reply().text(t.text("faq.resolved-no"), Offers.rest(t));
        }
    }

    /** 「ありがとう」 right after an answer: it helped. */
    public static void helpedWithThanks(TurnContext t, Pending pending) {
        FaqSearch search = t.faq();
        if (search != null) {
            search.recordFeedback(pending.value(), true, t.event().userId(), pending.detail());
        }
        if (t.currentAsk().isPresent()) {
            t.reply().text(t.text("smalltalk.thanks"));
            Navigation.reshow(t);
        } else {
            t.reply().text(t.text("smalltalk.thanks"), Offers.command(t, FlowVocabulary.MENU).stream().toList());
        }
    }
}
