package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.line.IncomingEvent;

/** The family added the account as a friend (or unblocked it): a new conversation and the greeting. */
public final class FriendAdded implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (turn.event().kind() != IncomingEvent.Kind.FOLLOW) {
            return false;
        }
        turn.state().reset(turn.now());
        Navigation.enterStart(turn);
        return true;
    }
}
