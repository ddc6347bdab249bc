package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** Nothing under way (a first message, an ended conversation, a state gone from the flows): the main flow's start. */
public final class NewConversation implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (!turn.fresh()) {
            return false;
        }
        Navigation.enterStart(turn);
        return true;
    }
}
