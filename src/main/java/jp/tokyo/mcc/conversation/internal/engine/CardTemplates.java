package jp.tokyo.mcc.conversation.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;

/**
 * The Flex card layouts ({@code cards/*.json}: LINE's Flex JSON with {@code {name}} placeholders in its strings) and
 * their filling: every string of a copy gets its placeholders replaced (in the parsed tree, so a value never breaks
 * the JSON), and a component whose {@code text} ends up empty is left out of its box.
 */
final class CardTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CardTemplates() {
    }

    static JsonNode load(String resource) {
        try (InputStream in = CardTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled copy of {@code template}. */
    static JsonNode filled(JsonNode template, UnaryOperator<String> value) {
        JsonNode copy = template.deepCopy();
        fillTree(copy, text -> fill(text, value));
        return copy;
    }

    static String fill(String text, UnaryOperator<String> value) {
        Matcher m = FlowVocabulary.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void fillTree(JsonNode node, UnaryOperator<String> fill) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(fill.apply(field.getValue().asText())));
                } else {
                    fillTree(field.getValue(), fill);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                fillTree(array.get(i), fill);
                JsonNode text = array.get(i).get("text");
                if (text != null && text.isTextual() && text.asText().isBlank()) {
                    array.remove(i);
                }
            }
        }
    }
}
