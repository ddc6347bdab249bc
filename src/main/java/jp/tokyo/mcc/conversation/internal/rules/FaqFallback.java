package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.moves.FaqAnswers;
import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.moves.Offers;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * Any other text: the FAQ's answer when one entry clearly fits, its two or three close entries when it is genuinely
 * ambiguous, or, honestly, that nothing was found, with the menu and a counsellor (and the question is kept for the
 * administrators).
 */
public final class FaqFallback implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        String text = turn.event().text();
        if (!FaqAnswers.answer(turn, text)) {
            FaqAnswers.unanswered(turn, text);
            if (waitingForAChoiceOutsideTheMainFlow(turn)) {
                turn.reply().text(turn.text("faq.none"));
                Navigation.reshow(turn); // the buttons of the hand-off (送る / 修正する...) stay at hand
            } else {
                turn.reply().text(turn.text("faq.none"), Offers.rest(turn));
            }
        }
        return true;
    }

    private static boolean waitingForAChoiceOutsideTheMainFlow(TurnContext turn) {
        return !turn.live().mainFlow().equals(turn.state().flowId()) && turn.currentState()
                .map(s -> !s.choices().isEmpty() || s.buttons() != null).orElse(false);
    }
}
