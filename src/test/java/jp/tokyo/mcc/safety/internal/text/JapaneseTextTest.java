package jp.tokyo.mcc.safety.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Normalization, kana keys and the conjugated kana forms of words. */
class JapaneseTextTest {

    @Test
    void normalizationFoldsWidthsSmallVowelsAndStretchedVowels() {
        assertThat(SafetyText.normalize("ＳｐＯ２　８８％")).isEqualTo("spo2 88%");
        assertThat(SafetyText.normalize("ｶﾆｭｰﾚ")).isEqualTo("カニューレ");
        assertThat(SafetyText.normalize("意識なぃ")).isEqualTo("意識ない");
        assertThat(SafetyText.normalize("とまんなーい〜")).isEqualTo("とまんない");
        assertThat(SafetyText.normalize("ぜーぜー")).isEqualTo("ぜーぜー"); // marks that are not a stretched vowel stay
        assertThat(SafetyText.normalize("  息が\n\n 苦しい  ")).isEqualTo("息が\n苦しい");
        assertThat(SafetyText.normalize(null)).isEmpty();
        assertThat(SafetyText.normalizeHalfWidthAsHiragana("ｲｷｶﾞｸﾙｼｿｳ")).isEqualTo("いきがくるしそう");
        assertThat(SafetyText.normalizeHalfWidthAsHiragana("ｶﾆｭｰﾚ抜けた")).isEqualTo("カニューレ抜けた");
        assertThat(SafetyText.normalizeHalfWidthAsHiragana("カニューレ")).isEqualTo("カニューレ");
    }

    @Test
    void kanaKeysLetSpellingsMeet() {
        assertThat(SafetyText.kanaKey("カニューレ")).isEqualTo(SafetyText.kanaKey("かにゅれ")).isEqualTo("かにゆれ");
        assertThat(SafetyText.kanaKey("きゅういんき")).isEqualTo("きゆういんき");
    }

    @Test
    void verbsAndAdjectivesHaveNegatedAndAffirmedKanaForms() {
        List<KanaForms.Form> stop = WordPattern.compile("止まる").kanaForms();
        assertThat(stop).contains(new KanaForms.Form("とまらな", KanaForms.Polarity.NEGATED),
                new KanaForms.Form("とまんな", KanaForms.Polarity.NEGATED),
                new KanaForms.Form("とまつてな", KanaForms.Polarity.NEGATED),
                new KanaForms.Form("とまらへん", KanaForms.Polarity.NEGATED),
                new KanaForms.Form("とまりませ", KanaForms.Polarity.NEGATED),
                new KanaForms.Form("とまつ", KanaForms.Polarity.AFFIRMED),
                new KanaForms.Form("とまり", KanaForms.Polarity.AFFIRMED));
        assertThat(WordPattern.compile("抜ける").kanaForms()).contains(
                new KanaForms.Form("ぬけな", KanaForms.Polarity.NEGATED),
                new KanaForms.Form("ぬけ", KanaForms.Polarity.AFFIRMED));
        assertThat(WordPattern.compile("苦しい").kanaForms()).contains(
                new KanaForms.Form("くるしくな", KanaForms.Polarity.NEGATED),
                new KanaForms.Form("くるし", KanaForms.Polarity.AFFIRMED));
        assertThat(WordPattern.compile("飲み込む").kanaForms()).contains(
                new KanaForms.Form("のみこまな", KanaForms.Polarity.NEGATED),
                new KanaForms.Form("のみこんでな", KanaForms.Polarity.NEGATED),
                new KanaForms.Form("のみこん", KanaForms.Polarity.AFFIRMED));
        assertThat(WordPattern.compile("人工呼吸器").kanaForms())
                .containsExactly(new KanaForms.Form("じんこうこきゆうき", KanaForms.Polarity.NOUN));
        // two-kana nouns only before a particle; words of letters or digits have no kana forms
        assertThat(WordPattern.compile("息").kanaForms())
                .containsExactly(new KanaForms.Form("いき", KanaForms.Polarity.NOUN, true));
        assertThat(WordPattern.compile("SpO2").kanaForms()).isEmpty();
    }

    @Test
    void aFormFitsOnlyWhereItCanBeThatWord() {
        KanaForms.Form breath = new KanaForms.Form("いき", KanaForms.Polarity.NOUN, true);
        assertThat(KanaForms.fits(breath, "いきがくるしい", 0)).isTrue();
        assertThat(KanaForms.fits(breath, "いきたくない", 0)).isFalse();
        KanaForms.Form live = new KanaForms.Form("いき", KanaForms.Polarity.AFFIRMED);
        assertThat(KanaForms.fits(live, "いきがくるしい", 0)).isFalse(); // a verb stem is never followed by が
        assertThat(KanaForms.negatedAfterNoun("けいれんはない", 4)).isTrue();
        assertThat(KanaForms.negatedAfterNoun("けいれんしてない", 4)).isTrue();
        assertThat(KanaForms.negatedAfterNoun("けいれんしてる", 4)).isFalse();
    }

    @Test
    void wordsMatchTheTextsWordsInAnyForm() {
        WordPattern stop = WordPattern.compile("止まる");
        for (String text : List.of("止まった", "止まりません", "止まりそう", "とまってる", "止まらない")) {
            assertThat(stop.matchAt(Kuromoji.tokens(SafetyText.normalize(text)), 0)).as(text).isPositive();
        }
        WordPattern blood = WordPattern.compile("血を吐く");
        for (String text : List.of("血を吐いた", "血も吐いた", "血吐いた")) {
            assertThat(blood.matchAt(Kuromoji.tokens(text), 0)).as(text).isPositive();
        }
        assertThat(WordPattern.compile("けいれん").matchAt(Kuromoji.tokens("痙攣"), 0)).isPositive(); // kana: any spelling
        assertThat(WordPattern.compile("地震").matchAt(Kuromoji.tokens("自信"), 0)).isNegative(); // kanji: not another
        assertThat(WordPattern.compile("限界まで").matchAt(Kuromoji.tokens("限界"), 0)).isNegative();
        assertThat(WordPattern.compile("ない").matchAt(Kuromoji.tokens("ない"), 0)).isPositive();
        assertThat(WordPattern.compile("ない").matchAt(Kuromoji.tokens("止まらない"), 1)).isNegative(); // not the auxiliary
        assertThat(WordPattern.compile("たら").matchAt(Kuromoji.tokens("止まった"), 1)).isNegative(); // たら is not た
        assertThat(WordPattern.compile("生きていく").matchAt(Kuromoji.tokens("いきたい"), 0)).isNegative(); // 行く
    }
}
