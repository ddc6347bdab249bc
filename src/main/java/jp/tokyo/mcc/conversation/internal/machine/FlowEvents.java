package jp.tokyo.mcc.conversation.internal.machine;

/** The events a compiled flow understands. */
public final class FlowEvents {

    /** Go on from a state that does not wait, or after an answer to its question. */
    public static final String NEXT = "next";
    /** はい to a yes-no question. */
    public static final String YES = "yes";
    /** いいえ to a yes-no question. */
    public static final String NO = "no";

    private FlowEvents() {
    }

    /** The n-th choice (quick reply or button) of a state. */
    public static String choice(int index) {
        return "choice:" + index;
    }

    /** The n-th option of a choice question (only options with their own to). */
    public static String option(int index) {
        return "option:" + index;
    }
}
