package jp.tokyo.mcc.line.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.tokyo.mcc.line.inbox.InboxEntry;
import jp.tokyo.mcc.line.inbox.InboxEntry.SourceType;
import jp.tokyo.mcc.line.inbox.InboxEntry.Status;

/**
 * One event of a verified webhook body as an inbox entry, checked on its own, so that a bad event never costs its
 * siblings: an event that cannot be stored as it is (a field longer than its column, control characters or broken
 * UTF-16 in a text, nesting no LINE event has, no type) is stored set aside (status FAILED, the problem naming the
 * field) with the offending columns left empty; an event that cannot be stored at all (not an object, larger than the
 * payload column) is only counted. The event's JSON is kept as LINE sent it (unknown event types too).
 */
final class WebhookEventReader {

    /** LINE's events nest four or five levels deep. */
    static final int MAX_DEPTH = 32;
    private static final long LATEST_TIMESTAMP = 4_102_444_800_000L; // 2100-01-01
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final Pattern UNPAIRED_SURROGATE =
            Pattern.compile("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    private final ObjectMapper json;

    WebhookEventReader(ObjectMapper json) {
        this.json = json;
    }

    /** What became of one event: its entry to store (null: nothing of it can be stored) and why it is set aside. */
    record Outcome(InboxEntry entry, String problem) {
    }

    Outcome read(JsonNode event, Instant receivedAt) {
        if (!event.isObject()) {
            return new Outcome(null, "not a JSON object");
        }
        Check check = new Check();
        check.shape(event, "event", 0);
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return new Outcome(null, "cannot be written as JSON");
        }
        if (payload.length() > InboxEntry.MAX_PAYLOAD) {
            return new Outcome(null, "larger than " + InboxEntry.MAX_PAYLOAD + " characters");
        }
        if (check.unpairedSurrogate) {
            payload = UNPAIRED_SURROGATE.matcher(payload).replaceAll("\uFFFD");
        }
        JsonNode source = event.path("source");
        SourceType sourceType = switch (source.path("type").asText("")) {
            case "user" -> SourceType.USER;
            case "group" -> SourceType.GROUP;
            case "room" -> SourceType.ROOM;
            default -> SourceType.UNKNOWN;
        };
        String type = check.column(event, "type", InboxEntry.MAX_EVENT_TYPE);
        if (type == null) {
            check.problem("type", "missing");
            type = "invalid";
        }
        String userId = check.column(source, "source.userId", "userId", InboxEntry.MAX_CHAT_ID);
        String chatId = switch (sourceType) {
            case USER -> userId;
            case GROUP -> check.column(source, "source.groupId", "groupId", InboxEntry.MAX_CHAT_ID);
            case ROOM -> check.column(source, "source.roomId", "roomId", InboxEntry.MAX_CHAT_ID);
            case UNKNOWN -> null;
        };
        String id = check.column(event, "webhookEventId", InboxEntry.MAX_WEBHOOK_EVENT_ID);
        if (id == null) {
            id = "sha256:" + sha256(payload).substring(0, 56);
        }
        String mode = check.column(event, "mode", InboxEntry.MAX_MODE);
        String replyToken = check.column(event, "replyToken", InboxEntry.MAX_REPLY_TOKEN);
        boolean redelivery = event.path("deliveryContext").path("isRedelivery").asBoolean(false);
        JsonNode time = event.path("timestamp");
        long timestamp = time.canConvertToLong() && time.isIntegralNumber()
                && time.asLong() >= 0 && time.asLong() <= LATEST_TIMESTAMP ? time.asLong() : receivedAt.toEpochMilli();
        Status status = check.problem != null ? Status.FAILED : "standby".equals(mode) ? Status.IGNORED : Status.PENDING;
        return new Outcome(new InboxEntry(0, id, type, sourceType, chatId, userId, mode, redelivery, replyToken,
                timestamp, receivedAt, payload, status, 0, check.problem), check.problem);
    }

    /** The first problem found (a field name and what is wrong with it, never its value). */
    private static final class Check {
        String problem;
        boolean unpairedSurrogate;

        void problem(String field, String what) {
            if (problem == null) {
                problem = field + " " + what;
            }
        }

        String column(JsonNode node, String field, int max) {
            return column(node, field, field, max);
        }

        /** A text field that goes into a column: null when absent, not a text, empty, or set aside as too long. */
        String column(JsonNode node, String label, String field, int max) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.asText().isEmpty()) {
                return null;
            }
            String text = value.asText();
            if (text.length() > max) {
                problem(label, "longer than " + max + " characters");
                return null;
            }
            if (!clean(text)) {
                problem(label, "has control characters or broken UTF-16");
                return null;
            }
            return text;
        }

        /** Walks the event: nesting depth, and every text (names too) free of control characters and broken UTF-16. */
        void shape(JsonNode node, String path, int depth) {
            if (problem != null && unpairedSurrogate) {
                return;
            }
            if (depth > MAX_DEPTH) {
                problem(path, "nests deeper than " + MAX_DEPTH + " levels");
                return;
            }
            if (node.isTextual()) {
                text(node.asText(), path);
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    String name = FIELD_NAME.matcher(field.getKey()).matches() ? field.getKey() : "?";
                    text(field.getKey(), path + "." + name);
                    shape(field.getValue(), path + "." + name, depth + 1);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    shape(node.get(i), path + "[" + i + "]", depth + 1);
                }
            }
        }

        private void text(String text, String path) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                    problem(path, "has control characters");
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    unpairedSurrogate = true;
                    problem(path, "has broken UTF-16 (an unpaired surrogate)");
                }
            }
        }

        /** No control characters (a column value has no line breaks either), no unpaired surrogates. */
        private static boolean clean(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c == 0x7F) {
                    return false;
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
