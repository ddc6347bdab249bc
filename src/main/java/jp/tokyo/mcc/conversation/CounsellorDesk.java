package jp.tokyo.mcc.conversation;

import jp.tokyo.mcc.line.IncomingEvent;

/**
 * The counsellors' side as the conversation sees it. Implemented by the inquiry module (so the dependency points
 * inquiry -> conversation); both methods run inside the dispatcher's transaction for the event.
 */
public interface CounsellorDesk {

    /** Opens an inquiry at the request's center; the family is answered by the flow with the receipt. */
    HandoverReceipt open(HandoverRequest request);

    /**
     * When the family has an open inquiry, the inquiry takes the event: adds it to the transcript (text, or a note
     * that a sticker / image / ... was sent), answers 「相談を終える」 by closing it, sends at most one out-of-hours
     * notice a day, and otherwise stays quiet. Returns false when the family has no open inquiry (the bot answers).
     *
     * @param alreadyAnswered the safety net already answered this event (an emergency): record it, send nothing
     */
    boolean takeOver(IncomingEvent event, boolean alreadyAnswered);
}
