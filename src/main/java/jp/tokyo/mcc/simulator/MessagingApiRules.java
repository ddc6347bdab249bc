package jp.tokyo.mcc.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Messaging API's rules for the messages of a reply or push, where they are cheap to check, with LINE's own
 * wording: 1-5 messages; text 1-5000 characters; at most 13 quick-reply items; action labels at most 20 characters,
 * texts and postback data at most 300; buttons templates with 1-4 actions, a title of at most 40 characters and a
 * text of at most 160 (60 with a title or image); confirm templates with 2 actions.
 */
final class MessagingApiRules {

    static final int MAX_MESSAGES = 5;
    static final int MAX_TEXT = 5000;
    static final int MAX_QUICK_REPLY_ITEMS = 13;
    static final int MAX_LABEL = 20;
    static final int MAX_ACTION_TEXT = 300;
    static final int MAX_POSTBACK_DATA = 300;
    static final int MAX_ALT_TEXT = 1500;
    static final int MAX_BUTTONS_ACTIONS = 4;
    static final int MAX_BUTTONS_TITLE = 40;
    static final int MAX_BUTTONS_TEXT = 160;
    static final int MAX_BUTTONS_TEXT_WITH_TITLE = 60;
    static final int MAX_CONFIRM_TEXT = 240;
    static final int MAX_URI = 1000;

    private static final Set<String> MESSAGE_TYPES = Set.of("text", "sticker", "image", "video", "audio", "location",
            "imagemap", "template", "flex", "textV2");

    private MessagingApiRules() {
    }

    /** The problems of a request's {@code messages} (none: LINE would accept it). */
    static List<LineApiError.Detail> check(JsonNode messages) {
        List<LineApiError.Detail> problems = new ArrayList<>();
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            problems.add(new LineApiError.Detail("Size must be between 1 and " + MAX_MESSAGES, "messages"));
            return problems;
        }
        if (messages.size() > MAX_MESSAGES) {
            problems.add(new LineApiError.Detail("Size must be between 1 and " + MAX_MESSAGES, "messages"));
        }
        for (int i = 0; i < messages.size(); i++) {
            checkMessage(messages.get(i), "messages[" + i + "]", problems);
        }
        return problems;
    }

    private static void checkMessage(JsonNode message, String at, List<LineApiError.Detail> problems) {
        String type = message.path("type").asText("");
        if (!MESSAGE_TYPES.contains(type)) {
            problems.add(new LineApiError.Detail("Must be one of the following values: " + MESSAGE_TYPES, at + ".type"));
            return;
        }
        switch (type) {
            case "text" -> length(message.get("text"), 1, MAX_TEXT, at + ".text", problems);
            case "sticker" -> {
                required(message.get("packageId"), at + ".packageId", problems);
                required(message.get("stickerId"), at + ".stickerId", problems);
            }
            case "template" -> checkTemplate(message, at, problems);
            case "flex" -> checkFlex(message, at, problems);
            default -> { }
        }
        JsonNode quickReply = message.get("quickReply");
        if (quickReply != null && !quickReply.isNull()) {
            JsonNode items = quickReply.get("items");
            if (items == null || !items.isArray() || items.isEmpty() || items.size() > MAX_QUICK_REPLY_ITEMS) {
                problems.add(new LineApiError.Detail("Size must be between 1 and " + MAX_QUICK_REPLY_ITEMS,
                        at + ".quickReply.items"));
            } else {
                for (int i = 0; i < items.size(); i++) {
                    String itemAt = at + ".quickReply.items[" + i + "].action";
                    checkAction(items.get(i).get("action"), itemAt, true, problems);
                }
            }
        }
    }

    private static void checkTemplate(JsonNode message, String at, List<LineApiError.Detail> problems) {
        length(message.get("altText"), 1, MAX_ALT_TEXT, at + ".altText", problems);
        JsonNode template = message.get("template");
        if (template == null || !template.isObject()) {
            problems.add(new LineApiError.Detail("Must not be null", at + ".template"));
            return;
        }
        String type = template.path("type").asText("");
        JsonNode actions = template.get("actions");
        switch (type) {
            case "buttons" -> {
                boolean titled = template.hasNonNull("title") && !template.get("title").asText().isEmpty();
                boolean imaged = template.hasNonNull("thumbnailImageUrl");
                if (titled) {
                    length(template.get("title"), 1, MAX_BUTTONS_TITLE, at + ".template.title", problems);
                }
                length(template.get("text"), 1, titled || imaged ? MAX_BUTTONS_TEXT_WITH_TITLE : MAX_BUTTONS_TEXT,
                        at + ".template.text", problems);
                checkActions(actions, 1, MAX_BUTTONS_ACTIONS, at + ".template.actions", problems);
            }
            case "confirm" -> {
                length(template.get("text"), 1, MAX_CONFIRM_TEXT, at + ".template.text", problems);
                checkActions(actions, 2, 2, at + ".template.actions", problems);
            }
            case "carousel", "image_carousel" -> { }
            default -> problems.add(new LineApiError.Detail(
                    "Must be one of the following values: [buttons, confirm, carousel, image_carousel]",
                    at + ".template.type"));
        }
    }

    /** A Flex message: its altText, a bubble or carousel, and every action inside it (labels, links, data). */
    private static void checkFlex(JsonNode message, String at, List<LineApiError.Detail> problems) {
        length(message.get("altText"), 1, MAX_ALT_TEXT, at + ".altText", problems);
        JsonNode contents = message.get("contents");
        String type = contents == null ? "" : contents.path("type").asText("");
        if (!type.equals("bubble") && !type.equals("carousel")) {
            problems.add(new LineApiError.Detail("Must be one of the following values: [bubble, carousel]",
                    at + ".contents.type"));
            return;
        }
        checkFlexActions(contents, at + ".contents", problems);
    }

    private static void checkFlexActions(JsonNode node, String at, List<LineApiError.Detail> problems) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("action") && field.getValue().isObject()) {
                    // a button shows its action's label, so it needs one
                    boolean labelRequired = "button".equals(node.path("type").asText());
                    checkAction(field.getValue(), at + ".action", labelRequired, problems);
                } else {
                    checkFlexActions(field.getValue(), at + "." + field.getKey(), problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkFlexActions(node.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private static void checkActions(JsonNode actions, int min, int max, String at, List<LineApiError.Detail> problems) {
        if (actions == null || !actions.isArray() || actions.size() < min || actions.size() > max) {
            problems.add(new LineApiError.Detail("Size must be between " + min + " and " + max, at));
            return;
        }
        for (int i = 0; i < actions.size(); i++) {
            checkAction(actions.get(i), at + "[" + i + "]", true, problems);
        }
    }

    private static void checkAction(JsonNode action, String at, boolean labelRequired, List<LineApiError.Detail> problems) {
        if (action == null || !action.isObject()) {
            problems.add(new LineApiError.Detail("Must not be null", at));
            return;
        }
        String type = action.path("type").asText("");
        if (labelRequired && Set.of("message", "postback", "uri").contains(type)) {
            length(action.get("label"), 1, MAX_LABEL, at + ".label", problems);
        } else if (action.hasNonNull("label")) {
            length(action.get("label"), 0, MAX_LABEL, at + ".label", problems);
        }
        switch (type) {
            case "message" -> length(action.get("text"), 1, MAX_ACTION_TEXT, at + ".text", problems);
            case "postback" -> {
                length(action.get("data"), 1, MAX_POSTBACK_DATA, at + ".data", problems);
                if (action.hasNonNull("displayText")) {
                    length(action.get("displayText"), 1, MAX_ACTION_TEXT, at + ".displayText", problems);
                }
            }
            case "uri" -> length(action.get("uri"), 1, MAX_URI, at + ".uri", problems);
            case "datetimepicker", "camera", "cameraRoll", "location", "richmenuswitch", "clipboard" -> { }
            default -> problems.add(new LineApiError.Detail("Unknown action type", at + ".type"));
        }
    }

    private static void required(JsonNode value, String at, List<LineApiError.Detail> problems) {
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            problems.add(new LineApiError.Detail("Must not be empty", at));
        }
    }

    private static void length(JsonNode value, int min, int max, String at, List<LineApiError.Detail> problems) {
        if (value == null || value.isNull() || !value.isTextual()) {
            if (min > 0) {
                problems.add(new LineApiError.Detail("Must not be empty", at));
            }
            return;
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            problems.add(new LineApiError.Detail(min > 0 && length == 0 ? "Must not be empty"
                    : "Length must be between " + min + " and " + max, at));
        }
    }
}
