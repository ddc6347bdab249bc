package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.line.IncomingEvent;

/** A tap on a button of an older reply (or a forged postback): said kindly, and where the family is shown again. */
public final class StaleTap implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (turn.event().kind() != IncomingEvent.Kind.POSTBACK) {
            return false;
        }
        Navigation.stale(turn);
        return true;
    }
}
