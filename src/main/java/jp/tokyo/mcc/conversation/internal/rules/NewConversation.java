package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * Nothing under way (a first message, an ended conversation, a state gone from the flows): the main flow's start; a
 * first message that is a photo or a file is told first what the bot can do with it.
 */
public final class NewConversation implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (!turn.fresh()) {
            return false;
        }
        if (NonText.isMedia(turn)) {
            turn.reply().text(turn.text("nontext.media"));
        }
        Navigation.enterStart(turn);
        return true;
    }
}
