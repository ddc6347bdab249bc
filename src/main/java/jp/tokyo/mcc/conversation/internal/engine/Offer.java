package jp.tokyo.mcc.conversation.internal.engine;

/**
 * Something the family can tap (or type the label of) in answer to the last reply. Stored with the conversation;
 * the postback data is only {@code c:<turn>:<index into the offers>}.
 *
 * @param label what the family sees
 * @param kind  what tapping it does
 * @param value the choice / option index, command name, target or FAQ entry id
 */
public record Offer(String label, Kind kind, String value) {

    public enum Kind {
        /** A state's choice or button (value: index). */
        CHOICE,
        /** An option of the question being asked (value: index). */
        OPTION,
        /** 「これで全部」 of a multi-choice question. */
        DONE,
        YES,
        NO,
        /** A global command (value: its name). */
        COMMAND,
        /** Go to a state (value: flow:state). */
        TARGET,
        /** Show an FAQ answer (value: entry id). */
        FAQ,
        /** Continue where the conversation was. */
        RESUME,
        /** Ask the current question again. */
        RESHOW
    }
}
