package jp.tokyo.mcc.line.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jp.tokyo.mcc.line.LineChannel;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.inbox.EventDispatcher;
import jp.tokyo.mcc.line.inbox.InboxEntry;
import jp.tokyo.mcc.line.inbox.InboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /callback}: LINE's webhook. Checks the signature over the raw bytes before anything else,
 * stores the events in the inbox and answers at once; the events are handled after the answer.
 */
@RestController
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final LineChannel channel;
    private final InboxStore inbox;
    private final EventDispatcher dispatcher;
    private final WebhookBodyReader reader;
    private final int maxBodyBytes;

    WebhookController(LineChannel channel, InboxStore inbox, EventDispatcher dispatcher, ObjectMapper json,
                      LineProperties properties) {
        this.channel = channel;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.reader = new WebhookBodyReader(json);
        this.maxBodyBytes = properties.maxBodyBytes();
    }

    @PostMapping("/callback")
    ResponseEntity<Map<String, String>> callback(HttpServletRequest request,
                                                 @RequestHeader(name = "X-Line-Signature", required = false) String signature)
            throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "too_large", "the body is larger than " + maxBodyBytes + " bytes");
        }
        byte[] body = readAtMost(request.getInputStream(), maxBodyBytes);
        if (body == null) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "too_large", "the body is larger than " + maxBodyBytes + " bytes");
        }
        if (signature == null || signature.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "missing_signature", "X-Line-Signature header is required");
        }
        if (!channel.isValidSignature(body, signature)) {
            log.warn("webhook refused: signature does not match ({} bytes)", body.length);
            return error(HttpStatus.UNAUTHORIZED, "invalid_signature", "X-Line-Signature does not match the body");
        }
        List<InboxEntry> entries;
        try {
            entries = reader.read(body, Instant.now());
        } catch (MalformedWebhookException e) {
            return error(HttpStatus.BAD_REQUEST, "malformed_body", e.getMessage());
        }
        if (!entries.isEmpty()) {
            List<InboxEntry> stored = inbox.storeNew(entries);
            dispatcher.wake(stored);
        }
        return ResponseEntity.ok(Map.of());
    }

    /** The body, or null when it is longer than {@code limit} (chunked bodies have no Content-Length). */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String error, String detail) {
        return ResponseEntity.status(status).body(Map.of("error", error, "detail", detail));
    }
}
