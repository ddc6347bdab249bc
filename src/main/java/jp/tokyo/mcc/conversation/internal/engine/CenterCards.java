package jp.tokyo.mcc.conversation.internal.engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.directory.Center;

/**
 * A center as a Flex card: the layout is the template {@code cards/center.json}, its words the bundle's
 * {@code conversation.card.*}, its facts the center's entry in centers.yaml (name, hospital, address, phone, hours;
 * the call button dials the phone's digits, the map button searches the address). A text of the template left empty
 * (a center without a hospital) is left out. The alternative text is {@code conversation.card.center-alt}: the plain
 * text families were sent before cards.
 */
public final class CenterCards {

    static final String MAP_SEARCH = "https://www.google.com/maps/search/?api=1&query=";
    private static final JsonNode TEMPLATE = CardTemplates.load("cards/center.json");

    private CenterCards() {
    }

    public static FlexCard of(Center center, Texts texts) {
        Map<String, String> facts = Map.of(
                "name", nullToEmpty(center.name()),
                "hospital", nullToEmpty(center.hospital()),
                "address", nullToEmpty(center.address()),
                "phone", nullToEmpty(center.phone()),
                "hours", nullToEmpty(center.hours()),
                "tel", nullToEmpty(center.phone()).replaceAll("[^0-9+]", ""),
                "map", MAP_SEARCH + URLEncoder.encode(nullToEmpty(center.address()), StandardCharsets.UTF_8));
        UnaryOperator<String> value = name -> name.startsWith("card.") ? texts.get(name) : facts.getOrDefault(name, "");
        JsonNode card = CardTemplates.filled(TEMPLATE, value);
        return new FlexCard(CardTemplates.fill(texts.get("card.center-alt"), value).strip(), card.toString());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
