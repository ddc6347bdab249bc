package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** A sticker, an image, a location...: the bot reads only text, says so, and shows where the family is. */
public final class NonText implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (turn.event().isText()) {
            return false;
        }
        turn.reply().text(turn.text("nontext"));
        Navigation.reshow(turn);
        return true;
    }
}
