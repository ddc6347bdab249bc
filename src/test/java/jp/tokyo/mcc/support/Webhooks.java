package jp.tokyo.mcc.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds webhook bodies in the shapes LINE sends, signs them, and posts them to the bot's /callback. */
public final class Webhooks {

    public static final String SECRET = "test-channel-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicLong CLOCK = new AtomicLong(System.currentTimeMillis());

    private Webhooks() {
    }

    public static String newUserId() {
        return "U" + UUID.randomUUID().toString().replace("-", "");
    }

    public static String newToken() {
        return "rt-" + UUID.randomUUID();
    }

    public static long now() {
        return CLOCK.addAndGet(10);
    }

    /** One event; {@code type} and the {@code extra} JSON members (without braces) are inserted as given. */
    public static String event(String type, String userId, long timestamp, String replyToken, String extra) {
        return event(type, "{\"type\":\"user\",\"userId\":\"" + userId + "\"}", timestamp, replyToken, extra, "active",
                false, UUID.randomUUID().toString());
    }

    public static String event(String type, String sourceJson, long timestamp, String replyToken, String extra,
                               String mode, boolean redelivery, String webhookEventId) {
        StringBuilder sb = new StringBuilder("{\"type\":\"").append(type).append("\",\"mode\":\"").append(mode)
                .append("\",\"timestamp\":").append(timestamp).append(",\"source\":").append(sourceJson)
                .append(",\"webhookEventId\":\"").append(webhookEventId).append("\"")
                .append(",\"deliveryContext\":{\"isRedelivery\":").append(redelivery).append("}");
        if (replyToken != null) {
            sb.append(",\"replyToken\":\"").append(replyToken).append("\"");
        }
        if (extra != null && !extra.isEmpty()) {
            sb.append(',').append(extra);
        }
        return sb.append('}').toString();
    }

    public static String text(String userId, String text, String replyToken) {
        return event("message", userId, now(), replyToken, "\"message\":{\"id\":\"" + now() + "\",\"type\":\"text\","
                + "\"quoteToken\":\"q\",\"text\":\"" + escape(text) + "\"}");
    }

    public static String postback(String userId, String data, String replyToken) {
        return event("postback", userId, now(), replyToken, "\"postback\":{\"data\":\"" + escape(data) + "\"}");
    }

    public static String sticker(String userId, String replyToken) {
        return event("message", userId, now(), replyToken, "\"message\":{\"id\":\"" + now() + "\",\"type\":\"sticker\","
                + "\"packageId\":\"446\",\"stickerId\":\"1988\",\"stickerResourceType\":\"STATIC\",\"quoteToken\":\"q\"}");
    }

    public static String image(String userId, String replyToken) {
        return event("message", userId, now(), replyToken, "\"message\":{\"id\":\"" + now() + "\",\"type\":\"image\","
                + "\"contentProvider\":{\"type\":\"line\"},\"quoteToken\":\"q\"}");
    }

    public static String location(String userId, String replyToken) {
        return event("message", userId, now(), replyToken, "\"message\":{\"id\":\"" + now() + "\",\"type\":\"location\","
                + "\"title\":\"my location\",\"address\":\"東京都府中市武蔵台2-8-29\",\"latitude\":35.69,\"longitude\":139.47}");
    }

    public static String follow(String userId, String replyToken) {
        return event("follow", userId, now(), replyToken, "\"follow\":{\"isUnblocked\":false}");
    }

    public static String unfollow(String userId) {
        return event("unfollow", userId, now(), null, "");
    }

    public static String unsend(String userId) {
        return event("unsend", userId, now(), null, "\"unsend\":{\"messageId\":\"325708\"}");
    }

    public static String body(String... events) {
        return "{\"destination\":\"Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"events\":[" + String.join(",", events) + "]}";
    }

    public static String body(List<String> events) {
        return body(events.toArray(String[]::new));
    }

    public static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a correctly signed body; returns the HTTP status. */
    public static HttpResponse<String> post(int port, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(port, bytes, sign(bytes));
    }

    public static HttpResponse<String> post(int port, byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Line-Signature", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
