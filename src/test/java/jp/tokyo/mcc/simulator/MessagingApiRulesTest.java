package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class MessagingApiRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode text(String text) {
        return JSON.createObjectNode().put("type", "text").put("text", text);
    }

    private static ObjectNode messageAction(String label) {
        return JSON.createObjectNode().put("type", "message").put("label", label).put("text", label);
    }

    private static ArrayNode messages(JsonNode... messages) {
        ArrayNode array = JSON.createArrayNode();
        for (JsonNode m : messages) {
            array.add(m);
        }
        return array;
    }

    private static List<String> properties(JsonNode messages) {
        return MessagingApiRules.check(messages).stream().map(LineApiError.Detail::property).toList();
    }

    @Test
    void acceptsOneToFiveMessages() {
        assertThat(properties(messages(text("a")))).isEmpty();
        assertThat(properties(messages(text("a"), text("b"), text("c"), text("d"), text("e")))).isEmpty();
        assertThat(properties(messages())).containsExactly("messages");
        assertThat(properties(null)).containsExactly("messages");
        assertThat(properties(messages(text("a"), text("b"), text("c"), text("d"), text("e"), text("f"))))
                .containsExactly("messages");
    }

    @Test
    void textIsOneTo5000Characters() {
        assertThat(properties(messages(text("あ".repeat(5000))))).isEmpty();
        assertThat(properties(messages(text("あ".repeat(5001))))).containsExactly("messages[0].text");
        assertThat(properties(messages(text("")))).containsExactly("messages[0].text");
        assertThat(MessagingApiRules.check(messages(text("あ".repeat(5001)))).get(0).message())
                .isEqualTo("Length must be between 1 and 5000");
    }

    @Test
    void quickRepliesHaveAtMost13ItemsWithLabelsOfAtMost20Characters() {
        ObjectNode message = text("えらんでください");
        ArrayNode items = message.putObject("quickReply").putArray("items");
        for (int i = 0; i < 13; i++) {
            items.addObject().put("type", "action").set("action", messageAction("ラベル" + i));
        }
        assertThat(properties(messages(message))).isEmpty();
        items.addObject().put("type", "action").set("action", messageAction("ひとつ多い"));
        assertThat(properties(messages(message))).containsExactly("messages[0].quickReply.items");

        ObjectNode longLabel = text("x");
        longLabel.putObject("quickReply").putArray("items").addObject().put("type", "action")
                .set("action", messageAction("あ".repeat(21)));
        assertThat(properties(messages(longLabel))).containsExactly("messages[0].quickReply.items[0].action.label");
    }

    @Test
    void postbackActionsNeedDataOfAtMost300Characters() {
        ObjectNode message = text("x");
        ObjectNode action = JSON.createObjectNode().put("type", "postback").put("label", "はい").put("data", "d".repeat(301));
        message.putObject("quickReply").putArray("items").addObject().put("type", "action").set("action", action);
        assertThat(properties(messages(message))).containsExactly("messages[0].quickReply.items[0].action.data");
        action.put("data", "ok").put("displayText", "はい");
        assertThat(properties(messages(message))).isEmpty();
    }

    @Test
    void buttonsTemplatesFollowLinesLimits() {
        ObjectNode message = JSON.createObjectNode().put("type", "template").put("altText", "メニュー");
        ObjectNode template = message.putObject("template").put("type", "buttons").put("title", "メニュー")
                .put("text", "あ".repeat(60));
        ArrayNode actions = template.putArray("actions");
        actions.add(messageAction("ひとつ"));
        assertThat(properties(messages(message))).isEmpty();

        template.put("text", "あ".repeat(61));
        assertThat(properties(messages(message))).containsExactly("messages[0].template.text");
        template.remove("title");
        assertThat(properties(messages(message))).isEmpty();
        template.put("text", "あ".repeat(161));
        assertThat(properties(messages(message))).containsExactly("messages[0].template.text");
        template.put("text", "ok");

        for (int i = 0; i < 4; i++) {
            actions.add(messageAction("ボタン" + i));
        }
        assertThat(properties(messages(message))).containsExactly("messages[0].template.actions");
        actions.removeAll();
        assertThat(properties(messages(message))).containsExactly("messages[0].template.actions");
        actions.add(messageAction("あ".repeat(21)));
        assertThat(properties(messages(message))).containsExactly("messages[0].template.actions[0].label");
        message.remove("altText");
        assertThat(properties(messages(message))).contains("messages[0].altText");
    }

    @Test
    void unknownMessageTypesAreRefused() {
        assertThat(properties(messages(JSON.createObjectNode().put("type", "hologram")))).containsExactly("messages[0].type");
    }

    @Test
    void aFlexMessageNeedsItsAltTextABubbleAndButtonsWithinLinesLimits() throws Exception {
        JsonNode good = JSON.readTree("{\"type\":\"flex\",\"altText\":\"センター\",\"contents\":{\"type\":\"bubble\","
                + "\"footer\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"button\","
                + "\"action\":{\"type\":\"uri\",\"label\":\"電話する\",\"uri\":\"tel:0339413221\"}}]}}}");
        assertThat(properties(messages(good))).isEmpty();
        ObjectNode noAlt = good.deepCopy();
        noAlt.remove("altText");
        assertThat(properties(messages(noAlt))).containsExactly("messages[0].altText");
        ObjectNode longLabel = good.deepCopy();
        ((ObjectNode) longLabel.at("/contents/footer/contents/0/action")).put("label", "あ".repeat(21));
        assertThat(properties(messages(longLabel))).containsExactly("messages[0].contents.footer.contents[0].action.label");
        ObjectNode notABubble = good.deepCopy();
        ((ObjectNode) notABubble.get("contents")).put("type", "box");
        assertThat(properties(messages(notABubble))).containsExactly("messages[0].contents.type");
    }
}
