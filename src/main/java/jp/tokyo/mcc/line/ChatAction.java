package jp.tokyo.mcc.line;

import java.util.Objects;

/**
 * A tappable choice (quick-reply chip or button). A {@code MESSAGE} action makes the family "say"
 * {@code text}; a {@code POSTBACK} action sends opaque {@code data} and shows {@code text} in the chat.
 */
public record ChatAction(Kind kind, String label, String text, String data) {

    public enum Kind { MESSAGE, POSTBACK }

    public ChatAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    /** The family's tap says {@code label} as their own message. */
    public static ChatAction message(String label) {
        return new ChatAction(Kind.MESSAGE, label, label, null);
    }

    public static ChatAction message(String label, String text) {
        return new ChatAction(Kind.MESSAGE, label, text, null);
    }

    /** The family's tap sends {@code data} back; {@code label} is shown as what they chose. */
    public static ChatAction postback(String label, String data) {
        return new ChatAction(Kind.POSTBACK, label, label, data);
    }
}
