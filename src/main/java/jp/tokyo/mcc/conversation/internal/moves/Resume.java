package jp.tokyo.mcc.conversation.internal.moves;

import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.engine.Pending;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** 「続きから始めますか？」 for a family back after a long silence: go on where they were, or start from the menu. */
public final class Resume {

    private Resume() {
    }

    public static void offer(TurnContext t) {
        t.state().pending(new Pending(Pending.Kind.RESUME, ""));
        List<Offer> offers = new ArrayList<>();
        offers.add(new Offer(t.text("resume.continue"), Offer.Kind.RESUME, ""));
        t.live().command(FlowVocabulary.MENU).ifPresent(c ->
                offers.add(new Offer(t.text("resume.restart"), Offer.Kind.COMMAND, c.name())));
        t.reply().text(t.text("resume.question"), offers);
    }

    /** Yes: the question where they were; no: the menu. */
    public static void answered(TurnContext t, boolean yes) {
        if (yes) {
            Navigation.reshow(t);
        } else {
            t.live().command(FlowVocabulary.MENU)
                    .ifPresentOrElse(c -> Commands.apply(t, c), () -> Navigation.enterStart(t));
        }
    }
}
