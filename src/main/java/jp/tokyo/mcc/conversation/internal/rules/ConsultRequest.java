package jp.tokyo.mcc.conversation.internal.rules;

import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.flow.Command;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.moves.Commands;
import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.slots.Phrases;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * 「相談したい」 and the like alone (「相談したいのですが」, 「相談させてください」): the hand-off to a counsellor, as
 * the {@code counsellor} command. Already in the hand-off: the family is told so and the question asked again. The
 * phrases are in the message bundle ({@code conversation.consult.words}).
 */
public final class ConsultRequest implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        if (!turn.event().isText()
                || Phrases.of(Map.of(Boolean.TRUE, turn.text("consult.words"))).kinds(turn.event().text()).isEmpty()) {
            return false;
        }
        Optional<Command> counsellor = turn.live().command(FlowVocabulary.COUNSELLOR);
        if (counsellor.isEmpty() || counsellor.get().to() == null) {
            return false;
        }
        if (counsellor.get().to().flow().equals(turn.state().flowId())) {
            if (turn.currentAsk().map(a -> a.type() == jp.tokyo.mcc.conversation.internal.flow.SlotType.TEXT)
                    .orElse(false)) {
                return false; // the concern in the family's own words may well be just that
            }
            turn.reply().text(turn.text("consult.already"));
            Navigation.reshow(turn);
            return true;
        }
        Commands.apply(turn, counsellor.get());
        return true;
    }
}
