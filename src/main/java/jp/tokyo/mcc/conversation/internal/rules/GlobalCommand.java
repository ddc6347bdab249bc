package jp.tokyo.mcc.conversation.internal.rules;

import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.flow.Command;
import jp.tokyo.mcc.conversation.internal.moves.Commands;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/** A global command (「メニュー」, 「相談員と話したい」..., or a {@code cmd:} postback of a rich menu), in any state. */
public final class GlobalCommand implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        Optional<Command> command = turn.event().isText() ? Commands.matching(turn, turn.event().text())
                : Commands.fromPostback(turn);
        if (command.isEmpty()) {
            return false;
        }
        Commands.apply(turn, command.get());
        return true;
    }
}
