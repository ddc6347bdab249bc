package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
 * POST /api/inquiries/{id}/erase: an administrator erases the family behind an inquiry (a request made by phone); the
 * family is told on LINE, the inquiry stays as an anonymous count; counsellors may not, the anonymous get 401, and an
 * inquiry already made anonymous has nobody behind it any more (409).
 */
class InquiryEraseApiIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    @Test
    void anAdministratorErasesTheFamilyBehindAnInquiry() {
        String family = Webhooks.newUserId();
        HandoffReceipt receipt = desk.open(Handoffs.request(family, CenterId.KUBU));
        StaffClient admin = StaffClient.admin(port);
        String id = admin.get("/api/inquiries/" + receipt.inquiryNumber()).json().path("id").asText();

        assertThat(StaffClient.anonymous(port).post("/api/inquiries/" + id + "/erase", null).status()).isEqualTo(401);
        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        StaffClient.Response refused = counsellor.post("/api/inquiries/" + id + "/erase", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).isEqualTo("forbidden");

        StaffClient.Response erased = admin.post("/api/inquiries/" + id + "/erase", null);

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().path("erased").asBoolean()).isTrue();
        assertThat(erased.json().path("counts").path("inquiry.anonymised").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> pushedTexts(family).stream().anyMatch(t -> t.contains("削除しました")));
        JsonNode after = admin.get("/api/inquiries/" + id).json();
        assertThat(after.path("status").asText()).isEqualTo("CLOSED");
        assertThat(after.path("anonymisedAt").asText()).isNotBlank();
        assertThat(after.has("concern")).isFalse();
        assertThat(after.path("messages")).isEmpty();
        assertThat(after.path("category").asText()).isEqualTo("退院後のこと");
        StaffClient.Response again = admin.post("/api/inquiries/" + id + "/erase", null);
        assertThat(again.status()).isEqualTo(409);
    }

    private static List<String> pushedTexts(String userId) {
        List<String> all = new ArrayList<>();
        LineApiStub.requests(LineApiStub.PUSH, userId).forEach(r -> all.addAll(LineApiStub.texts(r)));
        return all;
    }
}
