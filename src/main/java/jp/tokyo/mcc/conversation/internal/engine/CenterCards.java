package jp.tokyo.mcc.conversation.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import jp.tokyo.mcc.directory.Center;

/**
 * A center as a Flex card: the layout is the template {@code cards/center.json}, its words the bundle's
 * {@code conversation.card.*}, its facts the center's entry in centers.yaml (name, hospital, address, phone, hours;
 * the call button dials the phone's digits, the map button searches the address). A text of the template left empty
 * (a center without a hospital) is left out. The alternative text is {@code conversation.card.center-alt}: the plain
 * text families were sent before cards.
 */
public final class CenterCards {

    /** A card's JSON and the text it stands for. */
    public record Card(String altText, String contents) {
    }

    static final String MAP_SEARCH = "https://www.google.com/maps/search/?api=1&query=";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode TEMPLATE = load("cards/center.json");

    private CenterCards() {
    }

    public static Card of(Center center, Texts texts) {
        Map<String, String> facts = Map.of(
                "name", nullToEmpty(center.name()),
                "hospital", nullToEmpty(center.hospital()),
                "address", nullToEmpty(center.address()),
                "phone", nullToEmpty(center.phone()),
                "hours", nullToEmpty(center.hours()),
                "tel", nullToEmpty(center.phone()).replaceAll("[^0-9+]", ""),
                "map", MAP_SEARCH + URLEncoder.encode(nullToEmpty(center.address()), StandardCharsets.UTF_8));
        UnaryOperator<String> fill = text -> fill(text, name -> name.startsWith("card.")
                ? texts.get(name) : facts.getOrDefault(name, ""));
        JsonNode card = TEMPLATE.deepCopy();
        fillTree(card, fill);
        return new Card(fill.apply(texts.get("card.center-alt")).strip(), card.toString());
    }

    private static String fill(String text, UnaryOperator<String> value) {
        Matcher m = FlowVocabulary.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Fills every string of the tree; a component whose {@code text} ends up empty is removed from its box. */
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

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static JsonNode load(String resource) {
        try (InputStream in = CenterCards.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
