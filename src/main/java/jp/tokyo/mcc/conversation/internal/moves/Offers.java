package jp.tokyo.mcc.conversation.internal.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.flow.Choice;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** The buttons the bot offers most often: yes / no, a state's choices, a global command, the menu and a counsellor. */
public final class Offers {

    private Offers() {
    }

    public static List<Offer> yesNo(TurnContext t) {
        return List.of(new Offer(t.text("yes"), Offer.Kind.YES, ""), new Offer(t.text("no"), Offer.Kind.NO, ""));
    }

    public static List<Offer> choices(List<Choice> choices) {
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            offers.add(new Offer(choices.get(i).label(), Offer.Kind.CHOICE, String.valueOf(i)));
        }
        return offers;
    }

    /** A global command as a button (empty when the flows do not define it). */
    public static Optional<Offer> command(TurnContext t, String name) {
        return t.live().command(name).map(c -> new Offer(c.chipLabel(), Offer.Kind.COMMAND, c.name()));
    }

    /** The menu and a counsellor: what a family can always do next. */
    public static List<Offer> rest(TurnContext t) {
        List<Offer> offers = new ArrayList<>();
        command(t, FlowVocabulary.MENU).ifPresent(offers::add);
        command(t, FlowVocabulary.COUNSELLOR).ifPresent(offers::add);
        return offers;
    }
}
