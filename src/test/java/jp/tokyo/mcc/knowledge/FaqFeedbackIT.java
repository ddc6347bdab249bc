package jp.tokyo.mcc.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.tokyo.mcc.support.AbstractBotIT;

/** The FAQ as the running bot has it: seed entries searchable, feedback stored in the real database. */
class FaqFeedbackIT extends AbstractBotIT {

    @Autowired
    FaqSearch faq;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesFeedbackWithoutUserOrText() {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        faq.recordFeedback(id, true);
        faq.recordFeedback(id, false);
        faq.recordFeedback(id, true);

        long helped = jdbc.sql("SELECT COUNT(*) FROM knowledge_faq_feedback WHERE entry_id = ? AND resolved = TRUE")
                .param(id).query(Long.class).single();
        long notHelped = jdbc.sql("SELECT COUNT(*) FROM knowledge_faq_feedback WHERE entry_id = ? AND resolved = FALSE")
                .param(id).query(Long.class).single();
        assertThat(helped).isEqualTo(2);
        assertThat(notHelped).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM knowledge_faq_feedback WHERE entry_id = ? AND created_at IS NOT NULL")
                .param(id).query(Long.class).single()).isEqualTo(3);
        assertThatThrownBy(() -> faq.recordFeedback(" ", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeedFaqIsLive() {
        assertThat(faq.search("受付時間を教えてください", 3)).first()
                .satisfies(hit -> {
                    assertThat(hit.entry().id()).isEqualTo("center-hours");
                    assertThat(hit.confident()).isTrue();
                });
        assertThat(faq.entry("center-phone")).map(FaqEntry::answer).hasValueSatisfying(a ->
                assertThat(a).contains("03-3941-3221").contains("042-312-8164"));
    }
}
