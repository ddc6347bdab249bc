package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import jp.tokyo.mcc.safety.SafetyAssessment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/inquiries?q=} and the list's filters, with the same visibility rules as the list. */
class InquirySearchApiIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    @Autowired
    OpenInquiries openInquiries;

    private static List<String> numbers(StaffClient client, String query) {
        StaffClient.Response response = client.get("/api/inquiries?" + query);
        assertThat(response.status()).as(query).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        for (JsonNode n : response.json()) {
            numbers.add(n.path("number").asText());
        }
        return numbers;
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void searchFindsNumberSummaryMunicipalityAndTranscriptWithinTheCallersCenter() {
        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        StaffClient tama = StaffClient.newCounsellor(port, "tama");
        StaffClient admin = StaffClient.admin(port);
        String word = "たんぽぽ" + System.nanoTime();
        String kubuFamily = Webhooks.newUserId();
        HandoffReceipt kubuInquiry = desk.open(Handoffs.request(kubuFamily, CenterId.KUBU));
        openInquiries.takeOver(Handoffs.text(kubuFamily, "夜の吸引で" + word + "が心配です"), SafetyAssessment.NOTHING);
        String tamaFamily = Webhooks.newUserId();
        HandoffReceipt tamaInquiry = desk.open(Handoffs.request(tamaFamily, CenterId.TAMA));
        openInquiries.takeOver(Handoffs.text(tamaFamily, "ショートステイの" + word + "について"), SafetyAssessment.NOTHING);

        // the transcript, case-insensitively, within the caller's center only
        assertThat(numbers(kubu, q(word))).containsExactly(kubuInquiry.inquiryNumber());
        assertThat(numbers(tama, q(word))).containsExactly(tamaInquiry.inquiryNumber());
        assertThat(numbers(admin, q(word))).containsExactlyInAnyOrder(kubuInquiry.inquiryNumber(),
                tamaInquiry.inquiryNumber());
        assertThat(numbers(admin, q(word) + "&center=tama")).containsExactly(tamaInquiry.inquiryNumber());
        assertThat(kubu.get("/api/inquiries?" + q(word) + "&center=tama").status()).isEqualTo(403);

        // the number, the summary and the municipality
        assertThat(numbers(kubu, q(kubuInquiry.inquiryNumber().toLowerCase()))).containsExactly(kubuInquiry.inquiryNumber());
        assertThat(numbers(kubu, q("練馬区"))).contains(kubuInquiry.inquiryNumber()).doesNotContain(tamaInquiry.inquiryNumber());
        assertThat(numbers(tama, q("八王子"))).contains(tamaInquiry.inquiryNumber());
        assertThat(numbers(kubu, q("喀痰吸引・経管栄養"))).contains(kubuInquiry.inquiryNumber());

        // % and _ are plain characters, not wildcards
        assertThat(numbers(kubu, q("%"))).doesNotContain(kubuInquiry.inquiryNumber());
        assertThat(numbers(kubu, q(word.substring(0, 4) + "_"))).isEmpty();

        // combined with the filters: status, category, municipality, holder
        assertThat(numbers(kubu, q(word) + "&status=CLOSED")).isEmpty();
        assertThat(numbers(kubu, q(word) + "&status=NEW")).containsExactly(kubuInquiry.inquiryNumber());
        assertThat(numbers(kubu, "category=" + URLEncoder.encode("退院後のこと", StandardCharsets.UTF_8)))
                .contains(kubuInquiry.inquiryNumber()).doesNotContain(tamaInquiry.inquiryNumber());
        assertThat(numbers(kubu, "municipality=" + URLEncoder.encode("練馬区", StandardCharsets.UTF_8)))
                .contains(kubuInquiry.inquiryNumber());
        assertThat(numbers(kubu, q(word) + "&assignee=-")).containsExactly(kubuInquiry.inquiryNumber());
        assertThat(kubu.post("/api/inquiries/" + kubuInquiry.inquiryNumber() + "/claim", "").status()).isEqualTo(200);
        assertThat(numbers(kubu, q(word) + "&assignee=-")).isEmpty();
        assertThat(numbers(kubu, q(word) + "&assignee=" + kubu.username())).containsExactly(kubuInquiry.inquiryNumber());
        assertThat(numbers(kubu, q(word) + "&mine=true")).containsExactly(kubuInquiry.inquiryNumber());

        // the safety net's flag: only inquiries where it answered a message first
        String crisisFamily = Webhooks.newUserId();
        HandoffReceipt crisis = desk.open(Handoffs.request(crisisFamily, CenterId.KUBU));
        openInquiries.takeOver(Handoffs.text(crisisFamily, "もう限界です" + word),
                new SafetyAssessment(null, null, java.util.Set.of(SafetyTier.CRISIS)));
        assertThat(numbers(kubu, q(word) + "&safety=true")).containsExactly(crisis.inquiryNumber());
        assertThat(numbers(kubu, q(word))).contains(crisis.inquiryNumber(), kubuInquiry.inquiryNumber());
        assertThat(numbers(kubu, "safety=true")).contains(crisis.inquiryNumber())
                .doesNotContain(kubuInquiry.inquiryNumber());

        // nothing found is an empty list; bad input a clear 400; no account 401
        assertThat(numbers(kubu, q("見つからない言葉" + System.nanoTime()))).isEmpty();
        StaffClient.Response tooLong = kubu.get("/api/inquiries?" + q("あ".repeat(201)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("error").asText()).isEqualTo("q");
        assertThat(StaffClient.anonymous(port).get("/api/inquiries?" + q(word)).status()).isEqualTo(401);
    }
}
