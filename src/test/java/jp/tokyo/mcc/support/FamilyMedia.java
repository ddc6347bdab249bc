package jp.tokyo.mcc.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * Photos, videos and files a family sends on LINE: the webhook events (LINE's shapes) and LINE's data API on the
 * shared WireMock ({@code GET /v2/bot/message/{messageId}/content}, {@code .../content/transcoding}).
 */
public final class FamilyMedia {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 10);

    private FamilyMedia() {
    }

    public static String newMessageId() {
        return String.valueOf(IDS.incrementAndGet());
    }

    public static String contentPath(String messageId) {
        return "/v2/bot/message/" + messageId + "/content";
    }

    /** LINE's data API has this content for the message. */
    public static void content(String messageId, byte[] bytes, String contentType) {
        answer(messageId, aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(bytes));
    }

    /** LINE's data API answers the message's content with this (an error, a delay...). */
    public static void answer(String messageId, ResponseDefinitionBuilder response) {
        LineApiStub.server().stubFor(get(urlPathEqualTo(contentPath(messageId))).atPriority(1).willReturn(response));
    }

    /** How often the bot asked LINE for the message's content. */
    public static int contentRequests(String messageId) {
        return LineApiStub.server().findAll(getRequestedFor(urlPathEqualTo(contentPath(messageId)))).size();
    }

    public static String image(String userId, String messageId, String replyToken) {
        return Webhooks.event("message", userId, Webhooks.now(), replyToken, "\"message\":{\"id\":\"" + messageId
                + "\",\"type\":\"image\",\"contentProvider\":{\"type\":\"line\"},\"quoteToken\":\"q\"}");
    }

    public static String video(String userId, String messageId, String replyToken) {
        return Webhooks.event("message", userId, Webhooks.now(), replyToken, "\"message\":{\"id\":\"" + messageId
                + "\",\"type\":\"video\",\"duration\":3000,\"contentProvider\":{\"type\":\"line\"},\"quoteToken\":\"q\"}");
    }

    public static String file(String userId, String messageId, String fileName, long size, String replyToken) {
        return Webhooks.event("message", userId, Webhooks.now(), replyToken, "\"message\":{\"id\":\"" + messageId
                + "\",\"type\":\"file\",\"fileName\":\"" + Webhooks.escape(fileName) + "\",\"fileSize\":" + size + "}");
    }

    /** A real JPEG photo of {@code width} x {@code height} pixels. */
    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a7ab0));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The first bytes of a PDF and some more. */
    public static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
