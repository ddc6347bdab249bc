package jp.tokyo.mcc.conversation.internal.rules;

import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.Command;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.SlotType;
import jp.tokyo.mcc.conversation.internal.moves.Commands;
import jp.tokyo.mcc.conversation.internal.moves.ErasureWords;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * The family asks for their data to be erased in their own words (「私のデータを全部消してください」): as the
 * {@code erase} command of the flows (the exact words, 「データを削除」, are that command's and answered by
 * {@link GlobalCommand}), which tells them what will be erased and asks them to confirm. Not while they write the
 * answer to a free-text question (their concern may mention deleting something; the command's own words still work
 * there).
 */
public final class ErasureRequest implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (!turn.event().isText()) {
            return false;
        }
        Optional<Command> erase = turn.live().command(FlowVocabulary.ERASE);
        if (erase.isEmpty() || writingFreeText(turn) || !ErasureWords.isRequest(turn.texts(), turn.event().text())) {
            return false;
        }
        Commands.apply(turn, erase.get());
        return true;
    }

    private static boolean writingFreeText(TurnContext turn) {
        if (turn.fresh() || turn.state().pending() != null) {
            return false;
        }
        Optional<Ask> ask = turn.currentAsk();
        return ask.isPresent() && ask.get().type() == SlotType.TEXT;
    }
}
