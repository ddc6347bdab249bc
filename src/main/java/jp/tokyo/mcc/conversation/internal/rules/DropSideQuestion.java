package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** A side question the family's text did not answer is let go; the text is read as usual. Goes on. */
public final class DropSideQuestion implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        turn.state().pending(null);
        return false;
    }
}
