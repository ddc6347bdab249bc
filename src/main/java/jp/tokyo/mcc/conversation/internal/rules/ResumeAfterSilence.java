package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.moves.Resume;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** Back after a long silence in the middle of something: 「続きから始めますか？」 before anything else. */
public final class ResumeAfterSilence implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (!turn.silent()) {
            return false;
        }
        Resume.offer(turn);
        return true;
    }
}
