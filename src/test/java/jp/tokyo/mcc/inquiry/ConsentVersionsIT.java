package jp.tokyo.mcc.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consent a family gives before their inquiry is sent is versioned: each distinct text is a version, numbered in
 * the order it was first agreed to; the inquiry records the version and when, and counsellors see both, with the text,
 * in the staff API. Through the real flow, the version is the wording of {@code handoff.yaml}'s confirmation (the
 * {@code consent: true} state: the summary and 「送ってよろしいですか？」 with この内容で送る).
 */
class ConsentVersionsIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachDistinctTextIsAVersionAndTheInquiryRecordsTheOneAgreedTo() {
        String text = "お答えいただいた内容を相談員に伝えます（" + UUID.randomUUID() + "）";
        Instant agreed = Instant.parse("2026-04-01T01:02:03Z");
        long first = open(text, agreed);
        long again = open(text, agreed);
        long changed = open(text + "。記録は5年で消します。", agreed);
        long none = open(null, null);

        JsonNode one = StaffClient.admin(port).get("/api/inquiries/" + first).json();
        int version = one.path("consent").path("version").asInt();
        assertThat(version).isPositive();
        assertThat(one.path("consent").path("text").asText()).isEqualTo(text);
        assertThat(one.path("consent").path("agreedAt").asText()).isEqualTo("2026-04-01T01:02:03Z");
        assertThat(StaffClient.admin(port).get("/api/inquiries/" + again).json().path("consent").path("version").asInt())
                .isEqualTo(version);
        JsonNode other = StaffClient.admin(port).get("/api/inquiries/" + changed).json().path("consent");
        assertThat(other.path("version").asInt()).isGreaterThan(version);
        assertThat(other.path("text").asText()).endsWith("記録は5年で消します。");
        assertThat(StaffClient.admin(port).get("/api/inquiries/" + none).json().has("consent")).isFalse();
    }

    @Test
    void theFlowsConsentStateIsTheTextAgreedTo() {
        FamilyChat family = new FamilyChat(port);
        family.say("相談員と話したい");
        family.tap("その他");
        family.say("府中市");
        family.say("2歳");
        family.tap("これで全部");
        family.say("同意の版のテストです");
        assertThat(String.join("\n", family.tap("このLINEで"))).contains("送ってよろしいですか");
        Instant before = Instant.now();
        family.tap("この内容で送る");
        long id = jdbc.sql("SELECT id FROM inquiry WHERE user_id = ?").param(family.userId()).query(Long.class).single();

        JsonNode consent = StaffClient.admin(port).get("/api/inquiries/" + id).json().path("consent");
        assertThat(consent.path("version").asInt()).isPositive();
        // the confirmation as handoff.yaml writes it (placeholders unfilled: the same wording is the same version)
        assertThat(consent.path("text").asText()).contains("ご相談の内容をご確認ください", "{summary}",
                "{center.name}の相談員にお伝えします", "データを削除", "送ってよろしいですか");
        assertThat(consent.path("text").asText()).doesNotContain("同意の版のテストです");
        assertThat(Instant.parse(consent.path("agreedAt").asText())).isAfterOrEqualTo(before.minusSeconds(1));

        // another family agreeing to the same wording: the same version
        FamilyChat other = new FamilyChat(port);
        other.say("相談員と話したい");
        other.tap("その他");
        other.say("中野区");
        other.say("5歳");
        other.tap("これで全部");
        other.say("べつの相談です");
        other.tap("このLINEで");
        other.tap("この内容で送る");
        long otherId = jdbc.sql("SELECT id FROM inquiry WHERE user_id = ?").param(other.userId()).query(Long.class)
                .single();
        assertThat(StaffClient.admin(port).get("/api/inquiries/" + otherId).json().path("consent").path("version")
                .asInt()).isEqualTo(consent.path("version").asInt());
    }

    private long open(String consent, Instant at) {
        HandoffRequest request = new HandoffRequest(Webhooks.newUserId(), "その他", "府中市", CenterId.TAMA, null,
                List.of(), "同意のテスト", HandoffRequest.ContactMethod.LINE, null, null, Map.of(), "まとめ", List.of())
                .withConsent(consent, at);
        HandoffReceipt receipt = desk.open(request);
        return jdbc.sql("SELECT id FROM inquiry WHERE inquiry_number = ?").param(receipt.inquiryNumber())
                .query(Long.class).single();
    }
}
