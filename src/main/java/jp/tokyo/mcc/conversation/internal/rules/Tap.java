package jp.tokyo.mcc.conversation.internal.rules;

import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.moves.Taps;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.line.IncomingEvent;

/** A tap on a button of the bot's last reply: what that button offers. */
public final class Tap implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (turn.event().kind() != IncomingEvent.Kind.POSTBACK) {
            return false;
        }
        Optional<Offer> offer = Taps.tapped(turn);
        if (offer.isEmpty()) {
            return false;
        }
        Taps.apply(turn, offer.get());
        return true;
    }
}
