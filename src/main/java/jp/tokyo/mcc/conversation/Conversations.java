package jp.tokyo.mcc.conversation;

import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.shared.Language;

/**
 * The guided conversation as the router sees it (the router decides who answers a family's event: the safety net
 * first, then an open inquiry, then the conversation). Both methods run inside the dispatcher's transaction for the
 * event, so the new conversation state and the reply are stored together.
 */
public interface Conversations {

    /**
     * Answers the event from the family's conversation state.
     *
     * @param safety what the safety net made of the text ({@link SafetyAssessment#NOTHING} for none): its alert's
     *               messages go first in the reply, its one-line reminder above the normal answer
     */
    void answer(IncomingEvent event, SafetyAssessment safety);

    /**
     * Whether the conversation answers this event although the family has an open inquiry: their request to erase
     * their data, and their answer to its confirmation. Asked only for families with an open inquiry.
     */
    boolean claims(IncomingEvent event);

    /**
     * The family's event went to their open inquiry: the conversation only notes that they were here (so their
     * next message to the bot is not taken for a return after a long silence).
     */
    void noteActivity(String userId);

    /**
     * The language the family reads (Japanese unless their LINE profile or their choice says otherwise), for answers
     * sent without the conversation (the safety net's answer to a family talking to a counsellor).
     */
    default Language language(String userId) {
        return Language.JA;
    }
}
