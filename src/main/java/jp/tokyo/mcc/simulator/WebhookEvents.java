package jp.tokyo.mcc.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Webhook events in the shapes LINE sends for a one-to-one chat (see LINE's webhook OpenAPI spec): type, mode
 * {@code active}, timestamp, user source, a ULID {@code webhookEventId}, {@code deliveryContext} and, for events
 * that can be answered, a reply token.
 */
final class WebhookEvents {

    /** The one sticker a simulated family can send (a LINE basic sticker: "OK"). */
    static final String STICKER_PACKAGE_ID = "446";
    static final String STICKER_ID = "1988";

    private final ObjectMapper json;

    WebhookEvents(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode text(String userId, long timestamp, String replyToken, String text) {
        ObjectNode event = event("message", userId, timestamp, replyToken);
        event.putObject("message").put("type", "text").put("id", SimulatorIds.messageId())
                .put("quoteToken", SimulatorIds.quoteToken()).put("text", text);
        return event;
    }

    ObjectNode sticker(String userId, long timestamp, String replyToken) {
        ObjectNode event = event("message", userId, timestamp, replyToken);
        ObjectNode message = event.putObject("message").put("type", "sticker").put("id", SimulatorIds.messageId())
                .put("quoteToken", SimulatorIds.quoteToken()).put("packageId", STICKER_PACKAGE_ID)
                .put("stickerId", STICKER_ID).put("stickerResourceType", "STATIC");
        message.putArray("keywords").add("OK").add("Okay");
        return event;
    }

    /**
     * An image, video or audio message (content at LINE: {@code contentProvider.type line}) or a file message (its
     * name and size); its content is fetched from the data API by {@code messageId}.
     */
    ObjectNode media(String userId, long timestamp, String replyToken, String type, String messageId, String fileName,
                     long size) {
        ObjectNode event = event("message", userId, timestamp, replyToken);
        ObjectNode message = event.putObject("message").put("type", type).put("id", messageId);
        if ("file".equals(type)) {
            message.put("fileName", fileName).put("fileSize", size);
            return event;
        }
        if (!"audio".equals(type)) {
            message.put("quoteToken", SimulatorIds.quoteToken());
        }
        if (!"image".equals(type)) {
            message.put("duration", 1000);
        }
        message.putObject("contentProvider").put("type", "line");
        return event;
    }

    ObjectNode postback(String userId, long timestamp, String replyToken, String data) {
        ObjectNode event = event("postback", userId, timestamp, replyToken);
        event.putObject("postback").put("data", data);
        return event;
    }

    ObjectNode follow(String userId, long timestamp, String replyToken, boolean unblocked) {
        ObjectNode event = event("follow", userId, timestamp, replyToken);
        event.putObject("follow").put("isUnblocked", unblocked);
        return event;
    }

    ObjectNode unfollow(String userId, long timestamp) {
        return event("unfollow", userId, timestamp, null);
    }

    /** The body LINE posts: the bot's own user id as destination and the events. */
    byte[] body(String destination, ObjectNode... events) {
        ObjectNode body = json.createObjectNode().put("destination", destination);
        var array = body.putArray("events");
        for (ObjectNode event : events) {
            array.add(event);
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("webhook body cannot be written", e);
        }
    }

    private ObjectNode event(String type, String userId, long timestamp, String replyToken) {
        ObjectNode event = json.createObjectNode().put("type", type);
        if (replyToken != null) {
            event.put("replyToken", replyToken);
        }
        event.put("mode", "active").put("timestamp", timestamp);
        event.putObject("source").put("type", "user").put("userId", userId);
        event.put("webhookEventId", SimulatorIds.webhookEventId(timestamp));
        event.putObject("deliveryContext").put("isRedelivery", false);
        return event;
    }
}
