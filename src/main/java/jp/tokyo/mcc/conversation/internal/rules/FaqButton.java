package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.moves.FaqAnswers;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.line.IncomingEvent;

/**
 * A tap on an FAQ button ({@code faq:<entry id>}), of the last reply or of any older one: its answer. Entry ids are
 * stable (a renamed entry keeps its former ids), so older buttons keep answering.
 */
public final class FaqButton implements Rule {

    static final String PREFIX = "faq:";

    @Override
    public boolean handle(TurnContext turn) {
        String data = turn.event().postbackData();
        if (turn.event().kind() != IncomingEvent.Kind.POSTBACK || data == null || !data.startsWith(PREFIX)) {
            return false;
        }
        FaqAnswers.show(turn, data.substring(PREFIX.length()));
        return true;
    }
}
