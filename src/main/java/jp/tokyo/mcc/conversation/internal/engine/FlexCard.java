package jp.tokyo.mcc.conversation.internal.engine;

/**
 * A Flex card to send: its JSON (a bubble) and the plain text it stands for (LINE's altText, the transcript's line).
 *
 * @param altText  what LINE shows where a card cannot be shown (notifications, the chat list)
 * @param contents the bubble as LINE's JSON
 */
public record FlexCard(String altText, String contents) {
}
