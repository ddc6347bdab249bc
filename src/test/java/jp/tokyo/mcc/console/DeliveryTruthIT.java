package jp.tokyo.mcc.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static jp.tokyo.mcc.support.LineApiStub.PUSH;
import static jp.tokyo.mcc.support.LineApiStub.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Delivery truth on the staff API: each counsellor message says sending, delivered or refused (with a plain Japanese
 * reason from LINE's answer), and a refused one is sent again with the same retry key.
 */
class DeliveryTruthIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    /** The message's delivery as the staff API shows it. */
    private static JsonNode delivery(StaffClient staff, String number, long messageId) {
        for (JsonNode m : staff.get("/api/inquiries/" + number).json().path("messages")) {
            if (m.path("id").asLong() == messageId) {
                return m.path("delivery");
            }
        }
        throw new AssertionError("no message " + messageId);
    }

    static StubMapping refusePushes(String user, int status, String lineMessage) {
        return LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(user)).atPriority(1)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"" + lineMessage + "\"}")));
    }

    @Test
    void aRefusedReplySaysWhyInPlainWordsAndIsSentAgainOnce() {
        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        String family = Webhooks.newUserId();
        HandoffReceipt inquiry = desk.open(Handoffs.request(family, CenterId.KUBU));
        String number = inquiry.inquiryNumber();

        // delivered
        StaffClient.Response sent = counsellor.post("/api/inquiries/" + number + "/messages", "{\"text\":\"届く返信\"}");
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().path("delivery").path("state").asText()).isEqualTo("sending");
        long delivered = sent.json().path("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "delivered".equals(delivery(counsellor, number, delivered).path("state").asText()));
        assertThat(delivery(counsellor, number, delivered).has("reason")).isFalse();

        // refused by LINE: why, in words a counsellor understands, and LINE's status
        StubMapping refuse = refusePushes(family, 400, "Failed to send messages");
        long refused = counsellor.post("/api/inquiries/" + number + "/messages", "{\"text\":\"届かない返信\"}")
                .json().path("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "refused".equals(delivery(counsellor, number, refused).path("state").asText()));
        JsonNode why = delivery(counsellor, number, refused);
        assertThat(why.path("httpStatus").asInt()).isEqualTo(400);
        assertThat(why.path("reason").asText()).contains("届けられませんでした").doesNotContain("HTTP");
        String key = requests(PUSH, family).stream().filter(r -> r.getBodyAsString().contains("届かない返信"))
                .findFirst().orElseThrow().getHeader("X-Line-Retry-Key");

        // a message that was not refused cannot be sent again; another center's counsellor does not see it
        assertThat(counsellor.post("/api/inquiries/" + number + "/messages/" + delivered + "/retry", "").status())
                .isEqualTo(400);
        assertThat(StaffClient.newCounsellor(port, "tama")
                .post("/api/inquiries/" + number + "/messages/" + refused + "/retry", "").status()).isEqualTo(404);

        // sent again once LINE takes it: the same retry key, delivered
        LineApiStub.server().removeStub(refuse);
        assertThat(counsellor.post("/api/inquiries/" + number + "/messages/" + refused + "/retry", "").status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "delivered".equals(delivery(counsellor, number, refused).path("state").asText()));
        assertThat(requests(PUSH, family).stream().filter(r -> r.getBodyAsString().contains("届かない返信")))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(r.getHeader("X-Line-Retry-Key")).isEqualTo(key));
    }

    @Test
    void lineStatusesBecomePlainReasons() {
        StaffClient counsellor = StaffClient.newCounsellor(port, "tama");
        String family = Webhooks.newUserId();
        String number = desk.open(Handoffs.request(family, CenterId.TAMA)).inquiryNumber();
        StubMapping refuse = refusePushes(family, 403, "Access to this API is not available for your account");
        try {
            long id = counsellor.post("/api/inquiries/" + number + "/messages", "{\"text\":\"権限のない送信\"}")
                    .json().path("id").asLong();
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    "refused".equals(delivery(counsellor, number, id).path("state").asText()));
            assertThat(delivery(counsellor, number, id).path("reason").asText()).contains("権限", "管理者に連絡");
        } finally {
            LineApiStub.server().removeStub(refuse);
        }
    }
}
