package jp.tokyo.mcc.simulator;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One item of a simulated chat: a bubble of the family or the bot, a template card, or a notice (friend added,
 * blocked). Family-facing wording of notices lives in the page, not here.
 *
 * @param seq          position in the user's chat (1, 2, ...)
 * @param from         who it is from
 * @param type         {@code text}, {@code sticker}, {@code buttons}, {@code confirm}, {@code flex}, {@code other} (a message type the
 *                     simulator only names), or {@code notice}
 * @param at           when it was sent
 * @param text         the text (a notice: its code, {@code follow}, {@code unblock}, {@code block})
 * @param title        a buttons template's title
 * @param altText      a template's alternative text; for {@code other}, LINE's message type
 * @param actions      a template's buttons
 * @param quickReplies the quick-reply chips (shown while this is the chat's last item)
 * @param via          for the bot: {@code reply} or {@code push}
 * @param status       for the family: {@code sending}, {@code read} (the webhook was accepted) or {@code failed}
 * @param card         a Flex message's container (a bubble) as LINE received it, for the page to draw; its
 *                     {@code altText} is in {@code altText}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ChatEntry(long seq, From from, String type, Instant at, String text, String title, String altText,
                 List<OfferedAction> actions, List<OfferedAction> quickReplies, String via, String status,
                 JsonNode card) {

    enum From {
        USER, BOT, SYSTEM;

        @com.fasterxml.jackson.annotation.JsonValue
        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    ChatEntry {
        actions = actions == null ? List.of() : List.copyOf(actions);
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    static ChatEntry family(long seq, String type, Instant at, String text) {
        return new ChatEntry(seq, From.USER, type, at, text, null, null, null, null, null, "sending", null);
    }

    static ChatEntry notice(long seq, Instant at, String code) {
        return new ChatEntry(seq, From.SYSTEM, "notice", at, code, null, null, null, null, null, null, null);
    }

    ChatEntry withStatus(String newStatus) {
        return new ChatEntry(seq, from, type, at, text, title, altText, actions, quickReplies, via, newStatus, card);
    }

    ChatEntry numbered(long newSeq) {
        return new ChatEntry(newSeq, from, type, at, text, title, altText, actions, quickReplies, via, status, card);
    }
}
