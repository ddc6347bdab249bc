package jp.tokyo.mcc.line.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.tokyo.mcc.line.LineChannel;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.inbox.CommitBarrier;
import jp.tokyo.mcc.line.inbox.EventDispatcher;
import jp.tokyo.mcc.line.inbox.InboxEntry;
import jp.tokyo.mcc.line.inbox.InboxEntries;
import jp.tokyo.mcc.line.inbox.SetAsideEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * {@code POST /callback}: LINE's webhook. Checks the signature over the raw bytes before anything else, stores the
 * events in the inbox and answers once they are on disk (PostgreSQL: the commit; H2: the {@link IntakeJournal}, or
 * {@link CommitBarrier} without it); the events are handled after the
 * answer. A bad event is set aside on its own ({@link WebhookBodyReader}); only a body that cannot be read at all is
 * refused (400).
 *
 * <p>A servlet filter placed before all others ({@link WebhookEndpointRegistration}) that answers the request itself:
 * LINE's webhook passes neither Spring Security (it has no session, login or CSRF token; the signature is its check)
 * nor Spring MVC. Under load those two cost about as much CPU per webhook as the endpoint's own work.
 */
class WebhookEndpoint implements Filter {

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);
    private static final byte[] ACCEPTED = "{}".getBytes(StandardCharsets.US_ASCII);

    private final LineChannel channel;
    private final InboxEntries inbox;
    private final EventDispatcher dispatcher;
    private final SetAsideEvents setAside;
    private final CommitBarrier durable;
    private final IntakeJournal journal;
    private final WebhookBodyReader reader;
    private final ObjectMapper json;
    private final int maxBodyBytes;

    WebhookEndpoint(LineChannel channel, InboxEntries inbox, EventDispatcher dispatcher, SetAsideEvents setAside,
                    CommitBarrier durable, IntakeJournal journal, ObjectMapper json, LineProperties properties) {
        this.channel = channel;
        this.journal = journal;
        this.durable = durable;
        this.setAside = setAside;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.json = json;
        this.reader = new WebhookBodyReader(json);
        this.maxBodyBytes = properties.maxBodyBytes();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method_not_allowed", "LINE's webhook is a POST");
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBodyBytes);
        if (body == null) {
            tooLarge(response);
            return;
        }
        String signature = request.getHeader("X-Line-Signature");
        if (signature == null || signature.isBlank()) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "missing_signature", "X-Line-Signature header is required");
            return;
        }
        if (!channel.isValidSignature(body, signature)) {
            log.warn("webhook refused: signature does not match ({} bytes)", body.length);
            error(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid_signature",
                    "X-Line-Signature does not match the body");
            return;
        }
        WebhookBodyReader.Read read;
        Instant receivedAt = Instant.now();
        try {
            read = reader.read(body, receivedAt);
        } catch (MalformedWebhookException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "malformed_body", e.getMessage());
            return;
        }
        read.setAside().forEach(s -> setAside.atWebhook(s.index(), s.problem()));
        List<InboxEntry> entries = read.entries();
        if (!entries.isEmpty()) {
            List<InboxEntry> stored;
            try {
                stored = inbox.storeNew(entries, refused -> setAside.atWebhook(indexOf(entries, refused),
                        "refused by the database"));
                if (journal.active()) {
                    journal.append(body, receivedAt);
                } else {
                    durable.awaitDurable();
                }
            } catch (DataAccessException | IOException e) {
                // nothing is answered 200 that is not stored: LINE sends the webhook again. The exception's message
                // can quote values (the database's), so only its class is logged
                log.warn("webhook not stored ({} events): {}", entries.size(), e.getClass().getSimpleName());
                error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable", "the events could not be stored");
                return;
            }
            dispatcher.wake(stored);
        }
        write(response, HttpServletResponse.SC_OK, ACCEPTED);
    }

    private static int indexOf(List<InboxEntry> entries, InboxEntry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == entry) {
                return i;
            }
        }
        return -1;
    }

    /** The body, or null when it is longer than {@code limit} (chunked bodies have no Content-Length). */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too_large",
                "the body is larger than " + maxBodyBytes + " bytes");
    }

    private void error(HttpServletResponse response, int status, String error, String detail) throws IOException {
        write(response, status, json.writeValueAsBytes(Map.of("error", error, "detail", detail)));
    }

    private static void write(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
