package jp.tokyo.mcc.conversation.internal.rules;

import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.moves.Answers;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * The text answers the question the family's state asks: read by the question's slot type (an age, a phone number,
 * an option, where they live...), or asked again kindly when it does not fit.
 */
public final class SlotAnswer implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        Optional<Ask> ask = turn.currentAsk();
        if (ask.isEmpty()) {
            return false;
        }
        Answers.typed(turn, ask.get(), turn.event().text());
        return true;
    }
}
