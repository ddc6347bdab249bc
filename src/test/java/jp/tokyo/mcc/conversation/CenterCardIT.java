package jp.tokyo.mcc.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.LineOpenApi;
import org.junit.jupiter.api.Test;

/**
 * The center in a routing answer is a Flex card (docs/contract.md): the center's name, address and hours from
 * centers.yaml, a button that dials {@code tel:<digits>}, a map link; its altText is the plain text families were sent
 * before; every request the bot sent on the way is valid against LINE's OpenAPI spec.
 */
class CenterCardIT extends AbstractBotIT {

    @Test
    void theRoutingAnswerCarriesTheCenterCardWithACallButtonAndAMapLink() {
        LineOpenApi spec = LineOpenApi.load();
        FamilyChat family = new FamilyChat(port);
        family.follow();
        family.tap("退院後のこと");
        family.say("世田谷区");

        JsonNode card = lastCard(family);
        assertThat(card).as("a flex message in the routing answer").isNotNull();
        assertThat(card.path("altText").asText()).contains("東京都医療的ケア児支援センター（区部）", "東京都立大塚病院内",
                "住所：東京都豊島区南大塚2-8-1", "TEL：03-3941-3221（直通）", "受付時間：月曜日～金曜日 9:00～17:00");
        String contents = card.path("contents").toString();
        assertThat(contents).contains("東京都医療的ケア児支援センター（区部）", "東京都豊島区南大塚2-8-1", "月曜日～金曜日 9:00～17:00");
        List<String> uris = card.path("contents").findValuesAsText("uri");
        assertThat(uris).contains("tel:0339413221");
        assertThat(uris).anyMatch(u -> u.startsWith("https://www.google.com/maps/search/?api=1&query=")
                && u.contains("%E8%B1%8A%E5%B3%B6%E5%8C%BA"));  // 豊島区, URL-encoded

        for (LoggedRequest request : family.botRequests()) {
            String schema = request.getUrl().startsWith(LineApiStub.REPLY) ? "ReplyMessageRequest" : "PushMessageRequest";
            assertThat(spec.problems(schema, LineApiStub.body(request))).as(request.getBodyAsString()).isEmpty();
        }
    }

    @Test
    void theTamaCenterForAFamilyInHachioji() {
        FamilyChat family = new FamilyChat(port);
        family.follow();
        family.tap("退院後のこと");
        family.say("八王子市");
        JsonNode card = lastCard(family);
        assertThat(card.path("contents").findValuesAsText("uri")).contains("tel:0423128164");
        assertThat(card.path("altText").asText()).contains("東京都立小児総合医療センター内", "042-312-8164");
        // the question after the card still offers the choices
        List<String> labels = new ArrayList<>();
        JsonNode messages = LineApiStub.body(family.botRequests().get(family.botRequests().size() - 1)).path("messages");
        messages.get(messages.size() - 1).path("quickReply").path("items")
                .forEach(i -> labels.add(i.path("action").path("label").asText()));
        assertThat(labels).contains("相談員に相談する", "メニューに戻る");
    }

    private static JsonNode lastCard(FamilyChat family) {
        JsonNode card = null;
        for (LoggedRequest request : family.botRequests()) {
            for (JsonNode m : LineApiStub.body(request).path("messages")) {
                if ("flex".equals(m.path("type").asText())) {
                    card = m;
                }
            }
        }
        return card;
    }

    /**
     * An FAQ answer that gives phone numbers is a card too: the entry's question and answer, a button per number
     * (119番 and #8000, dialled with tel:), the date it was checked; its altText the answer as sent before.
     */
    @Test
    void anFaqAnswerWithPhoneNumbersIsACardWithCallButtons() {
        LineOpenApi spec = LineOpenApi.load();
        FamilyChat family = new FamilyChat(port);
        family.follow();
        family.say("こども医療でんわ相談");
        JsonNode card = lastCard(family);
        assertThat(card).as("a flex message for the #8000 answer").isNotNull();
        assertThat(card.path("altText").asText()).contains("#8000（こども医療でんわ相談）", "119番");
        List<String> uris = card.path("contents").findValuesAsText("uri");
        assertThat(uris).containsExactly("tel:119", "tel:%238000");
        assertThat(card.path("contents").toString()).contains("2026-12-03 に確認した情報です");
        for (LoggedRequest request : family.botRequests()) {
            String schema = request.getUrl().startsWith(LineApiStub.REPLY) ? "ReplyMessageRequest" : "PushMessageRequest";
            assertThat(spec.problems(schema, LineApiStub.body(request))).as(request.getBodyAsString()).isEmpty();
        }
    }
}
