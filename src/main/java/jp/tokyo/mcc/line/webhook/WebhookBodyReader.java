package jp.tokyo.mcc.line.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.tokyo.mcc.line.inbox.InboxEntry;
import jp.tokyo.mcc.line.inbox.InboxEntry.SourceType;
import jp.tokyo.mcc.line.inbox.InboxEntry.Status;

/**
 * Turns a verified webhook body into inbox entries, keeping each event's JSON as LINE sent it (so event types
 * this bot does not know are kept too).
 */
final class WebhookBodyReader {

    private final ObjectMapper json;

    WebhookBodyReader(ObjectMapper json) {
        this.json = json;
    }

    /** @throws MalformedWebhookException when the body is not a webhook body */
    List<InboxEntry> read(byte[] body, Instant receivedAt) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (java.io.IOException e) {
            throw new MalformedWebhookException("body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedWebhookException("body is not a JSON object");
        }
        JsonNode events = root.get("events");
        if (events == null || !events.isArray()) {
            throw new MalformedWebhookException("body has no 'events' array");
        }
        List<InboxEntry> entries = new ArrayList<>(events.size());
        for (JsonNode event : events) {
            entries.add(entry(event, receivedAt));
        }
        return entries;
    }

    private InboxEntry entry(JsonNode event, Instant receivedAt) {
        if (!event.isObject() || !event.path("type").isTextual()) {
            throw new MalformedWebhookException("an event has no 'type'");
        }
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new MalformedWebhookException("an event cannot be stored");
        }
        JsonNode source = event.path("source");
        String sourceTypeName = source.path("type").asText("");
        SourceType sourceType = switch (sourceTypeName) {
            case "user" -> SourceType.USER;
            case "group" -> SourceType.GROUP;
            case "room" -> SourceType.ROOM;
            default -> SourceType.UNKNOWN;
        };
        String userId = text(source, "userId");
        String chatId = switch (sourceType) {
            case USER -> userId;
            case GROUP -> text(source, "groupId");
            case ROOM -> text(source, "roomId");
            case UNKNOWN -> null;
        };
        String id = text(event, "webhookEventId");
        if (id == null) {
            id = "sha256:" + sha256(payload).substring(0, 56);
        }
        String mode = text(event, "mode");
        boolean redelivery = event.path("deliveryContext").path("isRedelivery").asBoolean(false);
        long timestamp = event.path("timestamp").asLong(receivedAt.toEpochMilli());
        Status status = "standby".equals(mode) ? Status.IGNORED : Status.PENDING;
        return new InboxEntry(0, id, event.get("type").asText(), sourceType, chatId, userId, mode, redelivery,
                text(event, "replyToken"), timestamp, receivedAt, payload, status, 0);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
