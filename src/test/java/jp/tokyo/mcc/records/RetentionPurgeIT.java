package jp.tokyo.mcc.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyMedia;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily purge on the run's database: what the retention periods have passed goes (conversation states after the
 * conversation period of silence, and the questions the FAQ could not answer after as long; a closed inquiry's
 * words, personal fields and transcript after the closed-inquiry period, its counts staying for reports), what they
 * have not passed stays, and the run is recorded with counts.
 */
class RetentionPurgeIT extends AbstractBotIT {

    @Autowired
    Purges purges;

    @Autowired
    Retention retention;

    @Autowired
    CounsellorDesk desk;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDefaultsAreDocumentedOnes() {
        assertThat(retention.closedInquiryDays()).isEqualTo(1825);
        assertThat(retention.conversationDays()).isEqualTo(90);
    }

    @Test
    void conversationsSilentLongerThanTheirPeriodGoAndOthersStay() {
        FamilyChat silent = new FamilyChat(port);
        silent.follow();
        FamilyChat recent = new FamilyChat(port);
        recent.follow();
        setLastActivity(silent.userId(), Instant.now().minus(Duration.ofDays(retention.conversationDays() + 1)));
        setLastActivity(recent.userId(), Instant.now().minus(Duration.ofDays(retention.conversationDays() - 1)));

        PurgeRun run = purges.runNow();

        assertThat(states(silent.userId())).isZero();
        assertThat(states(recent.userId())).isOne();
        assertThat(run.counts()).containsPattern("conversation\\.states=[1-9]");
        assertThat(run.total()).isPositive();
        assertThat(purges.recent(1)).extracting(PurgeRun::id).containsExactly(run.id());
        assertThat(compactionDue()).as("the H2 file is compacted at the next clean shutdown").isTrue();
    }

    @Test
    void questionsTheFaqCouldNotAnswerGoAfterTheConversationPeriod() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        FamilyChat family = new FamilyChat(port);
        family.follow();
        assertThat(String.join("\n", family.say("うちの犬の散歩の時間" + marker + "a")))
                .contains("うまくお答えできませんでした");
        family.say("うちの猫のごはんの量" + marker + "b");
        jdbc.sql("UPDATE knowledge_unanswered_question SET created_at = ? WHERE question_text LIKE ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(retention.conversationDays() + 1))),
                        "%" + marker + "a%")
                .update();

        PurgeRun run = purges.runNow();

        assertThat(run.counts()).containsPattern("knowledge\\.questions=[1-9]");
        assertThat(jdbc.sql("SELECT question_text FROM knowledge_unanswered_question WHERE question_text LIKE ?")
                .param("%" + marker + "%").query(String.class).list())
                .singleElement().asString().contains(marker + "b");
    }

    @Test
    void webhookBodiesGoOnceHandledAndOldEventsAndSentMessagesGoAfterTheirPeriod() {
        String marker = "古い相談" + UUID.randomUUID().toString().substring(0, 8);
        FamilyChat old = new FamilyChat(port);
        old.follow();
        old.say(marker);
        FamilyChat recent = new FamilyChat(port);
        recent.follow();
        recent.say(marker);
        for (String user : List.of(old.userId(), recent.userId())) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE user_id = ? AND event_type = 'message'")
                    .param(user).query(Long.class).single()).as("the message's event stays (its id)").isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE user_id = ? AND payload <> '' "
                    + "AND event_type NOT IN ('follow', 'unfollow')").param(user).query(Long.class).single())
                    .as("bodies with the family's words kept after handling").isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE payload LIKE ?").param("%" + marker + "%")
                    .query(Long.class).single()).isZero();
        }
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(retention.conversationDays() + 1)));
        jdbc.sql("UPDATE line_inbox_event SET received_at = ? WHERE user_id = ?").params(longAgo, old.userId()).update();
        jdbc.sql("UPDATE line_outbox_batch SET created_at = ? WHERE chat_id = ?").params(longAgo, old.userId()).update();

        PurgeRun run = purges.runNow();

        assertThat(run.counts()).containsPattern("inbox\\.events=[1-9]").containsPattern("outbox\\.batches=[1-9]");
        assertThat(count("line_inbox_event", "user_id", old.userId())).isZero();
        assertThat(count("line_outbox_batch", "chat_id", old.userId())).isZero();
        assertThat(count("line_inbox_event", "user_id", recent.userId())).isPositive();
        assertThat(count("line_outbox_batch", "chat_id", recent.userId())).isPositive();
    }

    private long count(String table, String column, String value) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?").param(value).query(Long.class)
                .single();
    }

    @Test
    void closedInquiriesPastTheirPeriodAreMadeAnonymousAndStillCounted() {
        String marker = "忘れられる相談" + UUID.randomUUID().toString().substring(0, 8);
        Instant longAgo = Instant.now().minus(Duration.ofDays(retention.closedInquiryDays() + 1));
        String expiredFamily = Webhooks.newUserId();
        long expired = open(expiredFamily, marker);
        String recentFamily = Webhooks.newUserId();
        long recentlyClosed = open(recentFamily, marker);
        sendPhoto(expiredFamily, expired);
        sendPhoto(recentFamily, recentlyClosed);
        close(expired, longAgo);
        close(recentlyClosed, Instant.now().minus(Duration.ofDays(retention.closedInquiryDays() - 1)));
        long stillOpen = open(Webhooks.newUserId(), marker);
        jdbc.sql("UPDATE inquiry SET created_at = ? WHERE id = ?").params(Timestamp.from(longAgo), stillOpen).update();

        PurgeRun run = purges.runNow();

        assertThat(run.counts()).containsPattern("inquiry\\.anonymised=[1-9]").containsPattern("inquiry\\.messages=[1-9]");
        Map<String, Object> row = jdbc.sql("SELECT * FROM inquiry WHERE id = ?").param(expired).query().singleRow();
        assertThat(row.get("anonymised_at")).isNotNull();
        for (String personal : List.of("user_id", "concern", "child_age", "medical_care", "phone", "call_times",
                "extra", "summary", "outcome")) {
            assertThat(row.get(personal)).as(personal).isNull();
        }
        assertThat(row.get("category")).isEqualTo("退院後のこと");
        assertThat(row.get("municipality")).isEqualTo("練馬区");
        assertThat(messages(expired)).isZero();
        assertThat(run.counts()).containsPattern("inquiry\\.attachments=[1-9]");
        assertThat(attachmentBytes(expired)).as("the photo's bytes went with the transcript").isZero();
        assertThat(attachmentBytes(recentlyClosed)).isOne();
        assertThat(audit.about("inquiry", String.valueOf(expired))).anyMatch(e -> e.action().equals("ANONYMISE"));

        for (long kept : List.of(recentlyClosed, stillOpen)) {
            assertThat(jdbc.sql("SELECT concern FROM inquiry WHERE id = ?").param(kept).query(String.class).single())
                    .isEqualTo(marker);
            assertThat(messages(kept)).isPositive();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry WHERE concern LIKE ? OR summary LIKE ?")
                .params("%" + marker + "%", "%" + marker + "%").query(Long.class).single()).isEqualTo(2);
    }

    private long open(String userId, String words) {
        HandoffReceipt receipt = desk.open(new HandoffRequest(userId, "退院後のこと", "練馬区", CenterId.KUBU, "2歳",
                List.of("人工呼吸器"), words, HandoffRequest.ContactMethod.PHONE, "090-1234-5678", "午前中", Map.of(),
                "まとめ：" + words, List.of(new TranscriptLine(TranscriptLine.Author.FAMILY, words, Instant.now()))));
        return jdbc.sql("SELECT id FROM inquiry WHERE inquiry_number = ?").param(receipt.inquiryNumber())
                .query(Long.class).single();
    }

    /** The family sends a photo to their open inquiry (LINE's data API on WireMock has it); kept once fetched. */
    private void sendPhoto(String userId, long inquiryId) {
        String messageId = FamilyMedia.newMessageId();
        FamilyMedia.content(messageId, FamilyMedia.jpeg(16, 16), "image/jpeg");
        assertThat(Webhooks.post(port, Webhooks.body(FamilyMedia.image(userId, messageId, Webhooks.newToken())))
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> attachmentBytes(inquiryId) == 1);
    }

    private long attachmentBytes(long inquiryId) {
        return jdbc.sql("SELECT COUNT(*) FROM inquiry_attachment_content c JOIN inquiry_attachment a "
                + "ON a.id = c.attachment_id WHERE a.inquiry_id = ?").param(inquiryId).query(Long.class).single();
    }

    private void close(long id, Instant at) {
        jdbc.sql("UPDATE inquiry SET status = 'CLOSED', closed_at = ?, closed_by = 'kubu-1', outcome = '案内済み' "
                + "WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    private long messages(long inquiryId) {
        return jdbc.sql("SELECT COUNT(*) FROM inquiry_message WHERE inquiry_id = ?").param(inquiryId)
                .query(Long.class).single();
    }

    private void setLastActivity(String userId, Instant at) {
        jdbc.sql("UPDATE conversation_state SET last_activity = ? WHERE user_id = ?").params(Timestamp.from(at), userId)
                .update();
    }

    private long states(String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_state WHERE user_id = ?").param(userId).query(Long.class)
                .single();
    }

    private boolean compactionDue() {
        return jdbc.sql("SELECT due_since FROM records_compaction WHERE id = 1").query((rs, n) -> rs.getObject(1) != null)
                .single();
    }
}
