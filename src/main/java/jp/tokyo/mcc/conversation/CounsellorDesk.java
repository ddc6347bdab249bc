package jp.tokyo.mcc.conversation;

/**
 * The counsellors' side as the conversation sees it: where a flow's {@code handoff} sends the family's inquiry.
 * Implemented by the inquiry module (so the dependency points inquiry -> conversation); runs inside the
 * dispatcher's transaction for the event.
 */
public interface CounsellorDesk {

    /** Opens an inquiry at the request's center; the family is answered by the flow with the receipt. */
    HandoffReceipt open(HandoffRequest request);

    /**
     * The family's data was just erased at their request. The inquiry module's inquiries are made anonymous by the
     * records module; a desk that keeps its own state (the administrators' trial desk) forgets the family here.
     */
    default void familyErased(String userId) {
    }
}
