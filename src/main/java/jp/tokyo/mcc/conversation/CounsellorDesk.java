package jp.tokyo.mcc.conversation;

/**
 * The counsellors' side as the conversation sees it: where a flow's {@code handoff} sends the family's inquiry.
 * Implemented by the inquiry module (so the dependency points inquiry -> conversation); runs inside the
 * dispatcher's transaction for the event.
 */
public interface CounsellorDesk {

    /** Opens an inquiry at the request's center; the family is answered by the flow with the receipt. */
    HandoffReceipt open(HandoffRequest request);
}
