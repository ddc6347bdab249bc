package jp.tokyo.mcc.conversation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.knowledge.FaqEntry;
import org.junit.jupiter.api.Test;

/** Which FAQ answers become cards, and the numbers their buttons dial: only what the answer itself says. */
class FaqCardsTest {

    @Test
    void theNumbersAnAnswerGivesAreDialledAsWritten() {
        assertThat(FaqCards.phones("迷うときは「#7119」へ。命にかかわるときは119番。ほか 0120-279-338 や #7119 も"))
                .containsExactly(Map.entry("#7119", "tel:%237119"), Map.entry("119番", "tel:119"),
                        Map.entry("0120-279-338", "tel:0120279338"));
        assertThat(FaqCards.phones("相談は無料です。2026年12月3日に確認しました。")).isEmpty();
    }

    @Test
    void anAnswerWithoutANumberOrALinkStaysAText() {
        FaqEntry plain = new FaqEntry("free", "相談は無料ですか？", List.of(), "相談費用は無料です。", null, null,
                LocalDate.of(2026, 12, 1), List.of("https://example.org/leaflet"), List.of());
        assertThat(FaqCards.of(plain, "相談費用は無料です。", null)).isEmpty();
    }
}
