package jp.tokyo.mcc.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTextTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "八王子市|八王子市", "ハチオウジシ|はちおうじし", "ﾊﾁｵｳｼﾞｼ|はちおうじし", "ＡＢＣ１２３|ABC123",
            "檜原村|桧原村", "青ケ島村|青ヶ島村", "青が島|青ヶ島", "青ヵ島|青ヶ島", "あおがしま|あおがしま", "ミヤケムラ|みやけむら",
            "'  東京都　八王子市 '|東京都 八王子市", "府中市武蔵台2-8-29|府中市武蔵台2 8 29", "「大島」です。|大島 です",
            "日ノ出町|日の出町", "ヴ|ゔ", "ケーキ|けーき"
    })
    void canonicalForm(String text, String canonical) {
        assertThat(PlaceText.canonical(text)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "八王寺, 八王子, true", "はちおおじ, はちおうじ, true", "はちおじ, はちおうじ, true", "はちおうじ, はちおうじ, true",
            "はちうおじ, はちおうじ, true", "八王子市, 八王子, true", "八王子市, 八王, false", "中目黒, 目黒, true",
            "はちおおし, はちおうじ, false", "ab, ba, true", "abc, cba, false", "a, abc, false"
    })
    void oneEditAtMost(String a, String b, boolean close) {
        assertThat(EditDistance.atMostOne(a, b)).isEqualTo(close);
        assertThat(EditDistance.atMostOne(b, a)).isEqualTo(close);
    }
}
