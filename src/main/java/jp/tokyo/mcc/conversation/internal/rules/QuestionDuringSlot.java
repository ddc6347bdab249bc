package jp.tokyo.mcc.conversation.internal.rules;

import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.SlotType;
import jp.tokyo.mcc.conversation.internal.moves.Answers;
import jp.tokyo.mcc.conversation.internal.moves.FaqAnswers;
import jp.tokyo.mcc.conversation.internal.moves.Questions;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.knowledge.FaqAnswer;
import jp.tokyo.mcc.knowledge.FaqSearch;

/**
 * A question asked while the bot waits for an answer (where they live, the child's age, the kind of concern...):
 * when the text is no answer to the question but one FAQ entry clearly answers it, that answer, then the question
 * again. Free-text questions (the concern in the family's own words) take any text.
 */
public final class QuestionDuringSlot implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        Optional<Ask> ask = turn.currentAsk();
        FaqSearch search = turn.faq();
        if (ask.isEmpty() || ask.get().type() == null || ask.get().type() == SlotType.TEXT || search == null
                || turn.state().pending() != null) {
            return false;
        }
        String text = turn.event().text();
        if (Answers.fits(turn, ask.get(), text)) {
            return false;
        }
        FaqAnswer answer = search.answer(text);
        if (!(answer instanceof FaqAnswer.Clear)) {
            return false; // only a clear answer: a near answer to the question (a mistyped place) is no question
        }
        FaqAnswers.aside(turn, answer);
        turn.reply().text(turn.text("faq.back-to-question"));
        Questions.ask(turn, ask.get());
        return true;
    }
}
