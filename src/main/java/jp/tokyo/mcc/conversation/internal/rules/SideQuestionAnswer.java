package jp.tokyo.mcc.conversation.internal.rules;

import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.moves.Answers;
import jp.tokyo.mcc.conversation.internal.slots.YesNo;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** A typed yes or no while a side question waits (「もしかして〇〇ですか？」, 「解決しましたか？」, 「続きから…？」). */
public final class SideQuestionAnswer implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (turn.state().pending() == null) {
            return false;
        }
        Optional<Boolean> yes = YesNo.parse(turn.event().text());
        if (yes.isEmpty()) {
            return false;
        }
        Answers.yesNo(turn, yes.get());
        return true;
    }
}
