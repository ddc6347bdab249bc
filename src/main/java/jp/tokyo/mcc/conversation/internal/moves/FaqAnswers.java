package jp.tokyo.mcc.conversation.internal.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.engine.Pending;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqHit;
import jp.tokyo.mcc.knowledge.FaqSearch;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** The FAQ: confident hits as buttons, an entry's answer, and 「解決しましたか？」 with what the family said to it. */
public final class FaqAnswers {

    private FaqAnswers() {
    }

    /** Shows confident FAQ hits as buttons; true when there were any. */
    public static boolean lookup(TurnContext t, String query, boolean withRestOffers) {
        FaqSearch search = t.faq();
        if (search == null || query == null || query.isBlank()) {
            return false;
        }
        int max = t.settings().faqHits();
        List<Offer> hits = new ArrayList<>();
        for (FaqHit hit : search.search(query, max)) {
            if (hit.confident() && hits.size() < max) {
                hits.add(new Offer(hit.entry().question(), Offer.Kind.FAQ, hit.entry().id()));
            }
        }
        if (hits.isEmpty()) {
            return false;
        }
        t.reply().buttons(null, t.text("faq.hits"), hits, withRestOffers ? Offers.rest(t) : List.of());
        return true;
    }

    /** An entry's answer (and its link), then 「解決しましたか？」. */
    public static void show(TurnContext t, String id) {
        FaqSearch search = t.faq();
        Optional<FaqEntry> entry = search == null ? Optional.empty() : search.entry(id);
        if (entry.isEmpty()) {
            Navigation.stale(t);
            return;
        }
        FaqEntry e = entry.get();
        String answer = e.answer();
        if (e.link() != null && !e.link().isBlank()) {
            answer = answer + "\n" + t.text("faq.link", e.link());
        }
        t.reply().text(answer);
        askFeedback(t);
        t.state().pending(new Pending(Pending.Kind.FAQ_FEEDBACK, e.id()));
    }

    /** 「解決しましたか？」 with yes / no. */
    public static void askFeedback(TurnContext t) {
        t.reply().text(t.text("faq.resolved-question"), Offers.yesNo(t));
    }

    /** The family's yes or no to 「解決しましたか？」: stored, and thanked or offered more help. */
    public static void feedback(TurnContext t, String entryId, boolean resolved) {
        FaqSearch search = t.faq();
        if (search != null) {
            search.recordFeedback(entryId, resolved);
        }
        if (resolved) {
            List<Offer> offers = new ArrayList<>();
            Offers.command(t, FlowVocabulary.MENU).ifPresent(offers::add);
            t.reply().text(t.text("faq.resolved-yes"), offers);
        } else {
            t.reply().text(t.text("faq.resolved-no"), Offers.rest(t));
        }
    }
}
