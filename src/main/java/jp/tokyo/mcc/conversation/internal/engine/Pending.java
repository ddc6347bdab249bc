package jp.tokyo.mcc.conversation.internal.engine;

/**
 * A short side question the bot is waiting for, on top of the flow state.
 *
 * @param kind   which question
 * @param value  the municipality suggested, or the FAQ entry shown
 * @param detail for a suggestion, {@link #SAME_NAME_OUTSIDE_TOKYO} when the answer was a place elsewhere with that
 *               municipality's name (府中町); for an FAQ answer, what the family had asked (null after a tap)
 */
public record Pending(Kind kind, String value, String detail) {

    /** A suggestion's detail when the answer named a place outside Tokyo too: 「東京都の府中市ですか？」. */
    public static final String SAME_NAME_OUTSIDE_TOKYO = "same-name-outside-tokyo";

    public Pending(Kind kind, String value) {
        this(kind, value, null);
    }

    public enum Kind {
        /** 「もしかして〇〇ですか？」 (value: official municipality name). */
        SUGGESTION,
        /** 「解決しましたか？」 after an FAQ answer (value: entry id). */
        FAQ_FEEDBACK,
        /** 「続きから始めますか？」 after a long silence. */
        RESUME
    }
}
