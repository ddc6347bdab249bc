package jp.tokyo.mcc.conversation.internal.engine;

/**
 * A short side question the bot is waiting for, on top of the flow state.
 *
 * @param kind  which question
 * @param value the municipality suggested, or the FAQ entry shown
 */
public record Pending(Kind kind, String value) {

    public enum Kind {
        /** 「もしかして〇〇ですか？」 (value: official municipality name). */
        SUGGESTION,
        /** 「解決しましたか？」 after an FAQ answer (value: entry id). */
        FAQ_FEEDBACK,
        /** 「続きから始めますか？」 after a long silence. */
        RESUME
    }
}
