package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqHit;

class FaqIndexTest {

    private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 30);
    private final FaqIndex index = new FaqIndex(List.of(
            new FaqEntry("discharge", "退院後のことを相談したい", List.of(), "退院後のお困りごとも、ご相談ください。",
                    "退院後のこと", null, REVIEWED),
            new FaqEntry("phone", "電話番号は？", List.of("連絡先"), "03-3941-3221", null, null, REVIEWED),
            new FaqEntry("coordinator", "コーディネーターとは？", List.of(), "社会資源をつなぐ人です。", null, null,
                    REVIEWED)), new JapaneseAnalysis());

    private String top(String text) {
        List<FaqHit> hits = index.search(text, 3, 0.5);
        return hits.isEmpty() || !hits.get(0).confident() ? null : hits.get(0).entry().id();
    }

    @Test
    void kanjiKanaWidthAndPoliteVariantsMeet() {
        assertThat(top("退院したあとのこと")).isEqualTo("discharge");
        assertThat(top("たいいんご")).isEqualTo("discharge");
        assertThat(top("退院後について相談させていただけますでしょうか")).isEqualTo("discharge");
        assertThat(top("デンワバンゴウ")).isEqualTo("phone");
        assertThat(top("ｺｰﾃﾞｨﾈｰﾀｰ")).isEqualTo("coordinator");
        assertThat(top("コーディネータ")).isEqualTo("coordinator");
    }

    @Test
    void hitsAreOrderedAndLimited() {
        List<FaqHit> hits = index.search("退院後の電話番号", 2, 0.5);
        assertThat(hits).hasSizeLessThanOrEqualTo(2);
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(index.search("退院", 0, 0.5)).isEmpty();
    }

    @Test
    void emptyAndVeryLongTextsAreSafe() {
        assertThat(index.search("", 3, 0.5)).isEmpty();
        assertThat(index.search("  。、！ ", 3, 0.5)).noneMatch(FaqHit::confident);
        String longText = "退院後のことを相談したいです。".repeat(400);
        assertThat(index.search(longText, 3, 0.5)).isNotEmpty();
    }

    @Test
    void unrelatedWordsAreNotConfident() {
        assertThat(top("今日の天気は？")).isNull();
        assertThat(top("ラーメン")).isNull();
    }
}
