package jp.tokyo.mcc.conversation;

import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.safety.SafetyAlert;

/**
 * The guided conversation as the router sees it (the router decides who answers a family's event: the safety net
 * first, then an open inquiry, then the conversation). Both methods run inside the dispatcher's transaction for the
 * event, so the new conversation state and the reply are stored together.
 */
public interface Conversations {

    /**
     * Answers the event from the family's conversation state.
     *
     * @param alert what the safety net found in the text (null: nothing); its messages go first in the reply
     */
    void answer(IncomingEvent event, SafetyAlert alert);

    /**
     * The family's event went to their open inquiry: the conversation only notes that they were here (so their
     * next message to the bot is not taken for a return after a long silence).
     */
    void noteActivity(String userId);
}
