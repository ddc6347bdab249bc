package jp.tokyo.mcc.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryFacts;
import jp.tokyo.mcc.inquiry.InquiryStatistics;
import jp.tokyo.mcc.staff.AuditEntry;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasure through the records module on the run's database: every module erases the family's records (their
 * conversation, stored webhook events, messages sent to them, their inquiry's words, personal fields and transcript,
 * the questions the FAQ could not answer),
 * another family's stay, the inquiry still
 * counts for reports, and the audit says who asked and how much went, without the family's words or LINE user id.
 */
class FamilyErasureIT extends AbstractBotIT {

    @Autowired
    FamilyErasure erasure;

    @Autowired
    CounsellorDesk desk;

    @Autowired
    InquiryStatistics statistics;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everythingOfTheFamilyGoesAndTheirInquiryStillCounts() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        FamilyChat family = new FamilyChat(port);
        family.follow();
        family.say("胃ろうのことで相談したい" + marker);
        assertThat(String.join("\n", family.say("うちの犬の散歩の時間" + marker))).contains("うまくお答えできませんでした");
        HandoffReceipt receipt = desk.open(request(family.userId(), "夜中の吸引がつらい" + marker));
        FamilyChat other = new FamilyChat(port);
        other.follow();
        other.say("うちの犬の散歩の時間" + marker);
        HandoffReceipt kept = desk.open(request(other.userId(), "ほかの家族の相談" + marker));
        long questions = jdbc.sql("SELECT COUNT(*) FROM knowledge_unanswered_question WHERE user_id = ?")
                .param(family.userId()).query(Long.class).single();
        assertThat(questions).isPositive();
        Instant before = Instant.now();

        ErasureReport report = erasure.erase(family.userId(), ErasureRequest.byFamily());

        assertThat(report.counts().asMap()).containsEntry("conversation.states", 1L)
                .containsEntry("inquiry.anonymised", 1L).containsEntry("inquiry.closed", 1L)
                .containsEntry("knowledge.questions", questions)
                .containsKeys("inbox.events", "outbox.batches");
        assertThat(rowsMentioning(family.userId())).as("rows with the family's user id").isZero();
        Map<String, Object> inquiry = jdbc.sql("SELECT * FROM inquiry WHERE inquiry_number = ?")
                .param(receipt.inquiryNumber()).query().singleRow();
        assertThat(inquiry.get("status")).isEqualTo("CLOSED");
        assertThat(inquiry.get("concern")).isNull();
        assertThat(inquiry.get("category")).isEqualTo("不安や悩み");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry WHERE concern LIKE ?").param("%" + marker + "%")
                .query(Long.class).single()).as("the other family's inquiry").isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_state WHERE user_id = ?").param(other.userId())
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM knowledge_unanswered_question WHERE question_text LIKE ?")
                .param("%" + marker + "%").query(Long.class).single()).as("the other family's question").isOne();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        List<InquiryFacts> counted = statistics.opened(java.util.EnumSet.of(CenterId.TAMA),
                today.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant().minusSeconds(86_400), Instant.now().plusSeconds(60));
        assertThat(counted.stream().filter(f -> "檜原村".equals(f.municipality())
                && !f.createdAt().isAfter(Instant.now())).count()).as("both inquiries still counted").isGreaterThanOrEqualTo(2);

        List<AuditEntry> recent = audit.recent(50).stream().filter(e -> !e.at().isBefore(before.minusSeconds(1))).toList();
        assertThat(recent).anyMatch(e -> e.action().equals("ERASE") && e.actor().equals("family")
                && e.detail().contains("inquiry.anonymised=1"));
        assertThat(recent).noneMatch(e -> String.valueOf(e.detail()).contains(marker)
                || String.valueOf(e.detail()).contains(family.userId())
                || String.valueOf(e.subjectId()).contains(family.userId()));
        assertThat(kept.inquiryNumber()).isNotBlank();
    }

    private long rowsMentioning(String userId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM conversation_state WHERE user_id = :u) "
                + "+ (SELECT COUNT(*) FROM inquiry WHERE user_id = :u) "
                + "+ (SELECT COUNT(*) FROM knowledge_unanswered_question WHERE user_id = :u) "
                + "+ (SELECT COUNT(*) FROM line_inbox_event WHERE user_id = :u OR chat_id = :u) "
                + "+ (SELECT COUNT(*) FROM line_outbox_batch WHERE chat_id = :u)").param("u", userId)
                .query(Long.class).single();
    }

    private static HandoffRequest request(String userId, String words) {
        return new HandoffRequest(userId, "不安や悩み", "檜原村", CenterId.TAMA, "1歳", List.of("気管切開"), words,
                HandoffRequest.ContactMethod.LINE, null, null, Map.of(), "まとめ：" + words,
                List.of(new TranscriptLine(TranscriptLine.Author.FAMILY, words, Instant.now())));
    }
}
