package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.StickerMessageContent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserSource;
import org.junit.jupiter.api.Test;

/** The simulator's webhook bodies read back with the LINE SDK's own webhook model, as the bot reads them. */
class WebhookEventsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final WebhookEvents events = new WebhookEvents(json);
    private final ObjectMapper sdk = ModelObjectMapper.createNewObjectMapper();

    private CallbackRequest read(byte[] body) throws Exception {
        return sdk.readValue(body, CallbackRequest.class);
    }

    @Test
    void aTextMessageEventHasEverythingLineSends() throws Exception {
        long at = 1_775_000_000_000L;
        byte[] body = events.body("Ubot", events.text("Uabc", at, "token-1", "こんにちは"));
        JsonNode raw = json.readTree(body);
        JsonNode event = raw.path("events").get(0);
        assertThat(raw.path("destination").asText()).isEqualTo("Ubot");
        assertThat(event.path("mode").asText()).isEqualTo("active");
        assertThat(event.path("webhookEventId").asText()).hasSize(26);
        assertThat(event.path("deliveryContext").path("isRedelivery").asBoolean(true)).isFalse();

        MessageEvent message = (MessageEvent) read(body).events().get(0);
        assertThat(message.replyToken()).isEqualTo("token-1");
        assertThat(message.timestamp()).isEqualTo(at);
        assertThat(((UserSource) message.source()).userId()).isEqualTo("Uabc");
        assertThat(((TextMessageContent) message.message()).text()).isEqualTo("こんにちは");
    }

    @Test
    void postbackFollowUnfollowAndStickerEventsAreReadByTheSdk() throws Exception {
        PostbackEvent postback = (PostbackEvent) read(events.body("Ubot", events.postback("Uabc", 1L, "t", "topic=x")))
                .events().get(0);
        assertThat(postback.postback().data()).isEqualTo("topic=x");

        FollowEvent follow = (FollowEvent) read(events.body("Ubot", events.follow("Uabc", 1L, "t", true))).events().get(0);
        assertThat(follow.follow().isUnblocked()).isTrue();
        assertThat(follow.replyToken()).isEqualTo("t");

        assertThat(read(events.body("Ubot", events.unfollow("Uabc", 1L))).events().get(0)).isInstanceOf(UnfollowEvent.class);

        MessageEvent sticker = (MessageEvent) read(events.body("Ubot", events.sticker("Uabc", 1L, "t"))).events().get(0);
        assertThat(((StickerMessageContent) sticker.message()).stickerId()).isEqualTo(WebhookEvents.STICKER_ID);
    }

    @Test
    void webhookEventIdsAreUlidsInTimeOrder() {
        String earlier = SimulatorIds.webhookEventId(1_000L);
        String later = SimulatorIds.webhookEventId(2_000L);
        assertThat(earlier).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(earlier.substring(0, 10)).isLessThan(later.substring(0, 10));
    }
}
