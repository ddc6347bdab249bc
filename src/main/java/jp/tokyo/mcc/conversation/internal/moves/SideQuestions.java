package jp.tokyo.mcc.conversation.internal.moves;

import jp.tokyo.mcc.conversation.internal.engine.Pending;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * The short yes / no questions the bot asks on top of the flow ({@link Pending}): asking one again, and what a yes
 * or a no to each does. A new kind of side question gets its branch here and its own file for the rest.
 */
public final class SideQuestions {

    private SideQuestions() {
    }

    /** Asks the waiting side question again (instead of the flow's current question). */
    public static void askAgain(TurnContext t, Pending pending) {
        switch (pending.kind()) {
            case SUGGESTION -> MunicipalityRouting.askSuggestion(t, pending);
            case FAQ_FEEDBACK -> FaqAnswers.askFeedback(t);
            case RESUME -> Resume.offer(t);
        }
    }

    /** The family's yes or no to the side question (already taken off the state). */
    public static void answered(TurnContext t, Pending pending, boolean yes) {
        switch (pending.kind()) {
            case SUGGESTION -> MunicipalityRouting.suggestionAnswered(t, pending.value(), yes);
            case FAQ_FEEDBACK -> FaqAnswers.feedback(t, pending, yes);
            case RESUME -> Resume.answered(t, yes);
        }
    }
}
