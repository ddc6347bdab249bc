package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.moves.FaqAnswers;
import jp.tokyo.mcc.conversation.internal.moves.Offers;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** Any other text: the FAQ's confident hits, or that nothing was found with the menu and a counsellor. */
public final class FaqFallback implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (!FaqAnswers.lookup(turn, turn.event().text(), true)) {
            turn.reply().text(turn.text("faq.none"), Offers.rest(turn));
        }
        return true;
    }
}
