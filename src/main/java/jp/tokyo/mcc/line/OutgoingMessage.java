package jp.tokyo.mcc.line;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What the bot or a counsellor sends, independent of the LINE SDK. Converted to SDK messages and
 * checked against {@link LineLimits} by the outbox.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = OutgoingMessage.Text.class, name = "text"),
        @JsonSubTypes.Type(value = OutgoingMessage.Buttons.class, name = "buttons"),
        @JsonSubTypes.Type(value = OutgoingMessage.Card.class, name = "card")})
public sealed interface OutgoingMessage {

    /** Quick-reply chips shown under this message (may be empty). */
    List<ChatAction> quickReplies();

    /** A text message with optional quick-reply chips. */
    record Text(String text, List<ChatAction> quickReplies) implements OutgoingMessage {
        public Text {
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        }

        public Text(String text) {
            this(text, List.of());
        }
    }

    /** A buttons template (1-4 actions) with optional title and quick-reply chips. */
    record Buttons(String altText, String title, String text, List<ChatAction> actions,
                   List<ChatAction> quickReplies) implements OutgoingMessage {
        public Buttons {
            actions = List.copyOf(actions);
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        }
    }

    /**
     * A Flex Message card: {@code contents} is the Flex container (a bubble) as LINE's JSON, {@code altText} what LINE
     * shows where a card cannot be shown (notifications, the chat list) and what the transcript keeps: the plain text
     * the card stands for.
     */
    record Card(String altText, String contents, List<ChatAction> quickReplies) implements OutgoingMessage {
        public Card {
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        }
    }
}
