package jp.tokyo.mcc.conversation.internal.engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.tokyo.mcc.knowledge.FaqEntry;

/**
 * An FAQ answer as a Flex card where one reads better: an answer that gives a phone number or a link. The card is the
 * entry's own words (question, answer, the date it was checked) in the layout {@code cards/faq.json}, with a button
 * per phone number in the answer (#7119, 0120-279-338, 119番: up to three, dialled with {@code tel:}), the entry's
 * link, and its first web source. Nothing is added that the entry does not say. Other answers stay plain texts.
 */
public final class FaqCards {

    /** #7119-style short numbers, hyphenated numbers, and 119 / 110 written as 119番 / 110番 (\u756a: 番). */
    static final Pattern PHONE = Pattern.compile("(#\\d{4})|(0\\d{1,4}-\\d{1,4}-\\d{3,4})|(119|110)\u756a");
    private static final int MAX_CALLS = 3;
    private static final JsonNode TEMPLATE = CardTemplates.load("cards/faq.json");

    private FaqCards() {
    }

    /** The card for an entry, or empty when a plain text reads as well (no number, no link). */
    public static Optional<FlexCard> of(FaqEntry entry, String altText, Texts texts) {
        Map<String, String> calls = phones(entry.answer());
        boolean linked = entry.link() != null && entry.link().matches("https?://.+");
        if (calls.isEmpty() && !linked) {
            return Optional.empty();
        }
        Map<String, String> values = Map.of("question", entry.question(), "answer", entry.answer().strip(),
                "reviewed", entry.reviewed() == null ? "" : texts.get("card.reviewed", entry.reviewed().toString()));
        ObjectNode card = (ObjectNode) CardTemplates.filled(TEMPLATE.get("bubble"), n -> values.getOrDefault(n, ""));
        ArrayNode buttons = (ArrayNode) card.path("footer").path("contents");
        calls.forEach((written, uri) -> buttons.add(button("call", texts.get("card.call-number", written), uri)));
        if (linked) {
            buttons.add(button("link", texts.get("card.link"), entry.link()));
        }
        entry.sources().stream().filter(s -> s.matches("https?://\\S+") && !s.equals(entry.link())).findFirst()
                .ifPresent(source -> buttons.add(button("link", texts.get("card.source"), source)));
        return Optional.of(new FlexCard(altText, card.toString()));
    }

    private static JsonNode button(String kind, String label, String uri) {
        Map<String, String> values = Map.of("label", label, "uri", uri);
        return CardTemplates.filled(TEMPLATE.get(kind), n -> values.getOrDefault(n, ""));
    }

    /** The numbers an answer gives, as written -> the tel: link that dials it (at most three, in order). */
    static Map<String, String> phones(String answer) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = PHONE.matcher(answer == null ? "" : answer);
        while (m.find() && found.size() < MAX_CALLS) {
            if (m.group(1) != null) {
                found.putIfAbsent(m.group(1), "tel:" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8));
            } else if (m.group(2) != null) {
                found.putIfAbsent(m.group(2), "tel:" + m.group(2).replace("-", ""));
            } else {
                found.putIfAbsent(m.group(), "tel:" + m.group(3));
            }
        }
        return found;
    }
}
