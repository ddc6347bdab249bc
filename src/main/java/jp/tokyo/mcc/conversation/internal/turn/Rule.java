package jp.tokyo.mcc.conversation.internal.turn;

/**
 * One way the bot answers a family's event (Rasa keeps one command or pattern a file; this is ours): a global
 * command, a tap, the answer to the current question, the FAQ... {@link Turn} asks the rules in its order; the
 * first that answers the event ends the turn. A rule may also do its part and let the next ones answer (a line
 * above the normal answer, for example).
 */
public interface Rule {

    /**
     * Does this rule's part for the event.
     *
     * @return true when the event is answered and no later rule is asked; false to let the next rule go on
     */
    boolean handle(TurnContext turn);
}
