package jp.tokyo.mcc.line;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * LINE's limits for a Flex card's contents, checked before it is stored to be sent: a bubble, at most
 * {@link LineLimits#FLEX_BUBBLE_BYTES} bytes of JSON, every action's label 1-20 characters, a uri action's link
 * 1-1000 characters with a scheme LINE opens (http, https, tel, line), a postback's data 1-300 characters.
 */
final class FlexCards {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FlexCards() {
    }

    static void check(String contents) {
        if (contents == null || contents.isBlank()) {
            throw new MessageLimitException("a card has no contents");
        }
        if (contents.getBytes(StandardCharsets.UTF_8).length > LineLimits.FLEX_BUBBLE_BYTES) {
            throw new MessageLimitException("a card is over " + LineLimits.FLEX_BUBBLE_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = JSON.readTree(contents);
        } catch (JsonProcessingException e) {
            throw new MessageLimitException("a card is not JSON");
        }
        if (root == null || !"bubble".equals(root.path("type").asText())) {
            throw new MessageLimitException("a card must be a bubble");
        }
        checkActions(root);
    }

    private static void checkActions(JsonNode node) {
        if (node.isObject()) {
            JsonNode action = node.get("action");
            if (action != null && action.isObject()) {
                checkAction(action);
            }
            node.properties().forEach(e -> checkActions(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(FlexCards::checkActions);
        }
    }

    private static void checkAction(JsonNode action) {
        String type = action.path("type").asText();
        if (action.has("label")) {
            length(action.path("label").asText(), LineLimits.ACTION_LABEL_LENGTH, "card action label");
        }
        switch (type) {
            case "uri" -> {
                String uri = action.path("uri").asText();
                length(uri, LineLimits.URI_LENGTH, "card link");
                if (!uri.matches("(?i)(https?|tel|line):.+")) {
                    throw new MessageLimitException("a card link must be http, https, tel or line");
                }
            }
            case "postback" -> length(action.path("data").asText(), LineLimits.POSTBACK_DATA_LENGTH, "card postback data");
            case "message" -> length(action.path("text").asText(), LineLimits.ACTION_TEXT_LENGTH, "card action text");
            default -> throw new MessageLimitException("a card action must be uri, postback or message");
        }
    }

    private static void length(String value, int max, String what) {
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > max) {
            throw new MessageLimitException(what + " must be 1-" + max + " characters (is " + length + ")");
        }
    }
}
