package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** A conversation that ended (the family had blocked the account) starts over: nothing of it is kept. Goes on. */
public final class EndedConversation implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (turn.ended()) {
            turn.state().reset(turn.now());
        }
        return false;
    }
}
