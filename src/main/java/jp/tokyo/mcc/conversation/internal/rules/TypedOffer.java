package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.moves.Taps;
import jp.tokyo.mcc.conversation.internal.slots.TextNormalizer;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** The label of a button of the last reply, typed instead of tapped (FAQ questions excepted): as if tapped. */
public final class TypedOffer implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        String key = TextNormalizer.key(turn.event().text());
        for (Offer o : turn.state().offers()) {
            if (o.kind() != Offer.Kind.FAQ && TextNormalizer.key(o.label()).equals(key)) {
                Taps.apply(turn, o);
                return true;
            }
        }
        return false;
    }
}
