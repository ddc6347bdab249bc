package jp.tokyo.mcc.line.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.tokyo.mcc.line.inbox.InboxEntry;

/**
 * Turns a verified webhook body into inbox entries, one event at a time ({@link WebhookEventReader}): a bad event is
 * set aside on its own and its siblings are stored as usual. Only a body that cannot be read at all (not JSON, beyond
 * Jackson's limits such as 1,000 levels of nesting, no {@code events} array) is refused.
 */
final class WebhookBodyReader {

    private final ObjectMapper json;
    private final WebhookEventReader events;

    WebhookBodyReader(ObjectMapper json) {
        this.json = json;
        this.events = new WebhookEventReader(json);
    }

    /** An event set aside: its index in the body's {@code events} and what is wrong (a field, never a value). */
    record SetAside(int index, String problem) {
    }

    /** The entries to store (set-aside ones among them with status FAILED) and every event set aside. */
    record Read(List<InboxEntry> entries, List<SetAside> setAside) {
    }

    /** @throws MalformedWebhookException when the body is not a webhook body */
    Read read(byte[] body, Instant receivedAt) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (java.io.IOException e) {
            // Jackson's message quotes the body: never passed on
            throw new MalformedWebhookException("body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedWebhookException("body is not a JSON object");
        }
        JsonNode list = root.get("events");
        if (list == null || !list.isArray()) {
            throw new MalformedWebhookException("body has no 'events' array");
        }
        List<InboxEntry> entries = new ArrayList<>(list.size());
        List<SetAside> setAside = new ArrayList<>(0);
        for (int i = 0; i < list.size(); i++) {
            WebhookEventReader.Outcome outcome = events.read(list.get(i), receivedAt);
            if (outcome.entry() != null) {
                entries.add(outcome.entry());
            }
            if (outcome.problem() != null) {
                setAside.add(new SetAside(i, outcome.problem()));
            }
        }
        return new Read(entries, setAside);
    }
}
