package jp.tokyo.mcc.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jp.tokyo.mcc.staff.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditWordsTest {

    private static AuditWords words() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/console");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new AuditWords(new ConsoleMessages(messages));
    }

    @Test
    void everyActionTheFilterOffersHasWords() {
        AuditWords words = words();
        assertThat(words.actions()).allSatisfy(a -> assertThat(words.action(a)).isNotEqualTo(a)
                .matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*"));
        assertThat(words.action("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void technicalDetailsReadAsJapanese() {
        AuditWords words = words();
        assertThat(words.detail("42 characters")).isEqualTo("42文字");
        assertThat(words.detail("kubu -> tama")).isEqualTo("区部から多摩へ");
        assertThat(words.detail("by the family")).contains("ご家族");
        assertThat(words.detail("K-2026-0001 tama")).isEqualTo("受付番号 K-2026-0001（多摩）");
        assertThat(words.detail("message 7")).isEqualTo("メッセージ #7");
        assertThat(words.detail(null)).isEmpty();
        assertThat(words.detail("something else")).isEqualTo("something else");
        assertThat(words.actor("family")).isEqualTo("ご家族");
        assertThat(words.actor("sato")).isEqualTo("sato");
        assertThat(words.subject(new AuditEntry(1, Instant.now(), "sato", "VIEW", "inquiry", "12", null)))
                .isEqualTo("相談 #12");
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertThat(AuditController.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditController.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditController.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditController.cell("相談を開いた")).isEqualTo("相談を開いた");
    }
}
