package jp.tokyo.mcc.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An action the bot offered (quick-reply chip or template button), as LINE describes it, and what the page sends
 * back when the family taps it.
 *
 * @param type        LINE's action type: {@code message}, {@code postback}, {@code uri}, or another one shown but inert
 * @param label       what the chip or button shows
 * @param text        a message action's text (the family "says" it)
 * @param data        a postback action's data
 * @param displayText a postback action's text shown as the family's bubble (none: nothing is shown)
 * @param uri         a uri action's link
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OfferedAction(String type, String label, String text, String data, String displayText, String uri) {

    static OfferedAction of(JsonNode action) {
        return new OfferedAction(action.path("type").asText(""), text(action, "label"), text(action, "text"),
                text(action, "data"), text(action, "displayText"), text(action, "uri"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
