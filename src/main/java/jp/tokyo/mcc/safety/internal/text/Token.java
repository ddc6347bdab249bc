package jp.tokyo.mcc.safety.internal.text;

/**
 * One word of an analysed text (Kuromoji), folded for comparison: katakana as hiragana, lower case.
 *
 * @param start          offset of the first character in the analysed text
 * @param end            offset after the last character
 * @param surface        the word as written
 * @param base           its dictionary form ({@code 止まっ} gives {@code 止まる}); the surface when it has none
 * @param reading        how it is read, in hiragana; null when the dictionary does not know the word
 * @param pos            Kuromoji's part of speech, e.g. {@code 動詞-自立}
 * @param inflectionType Kuromoji's conjugation type, e.g. {@code 五段・ラ行}; null for words that do not conjugate
 * @param kana           written in kana only
 */
public record Token(int start, int end, String surface, String base, String reading, String pos,
                    String inflectionType, boolean kana) {

    public Word.Kind kind() {
        return Word.Kind.of(pos);
    }

    public boolean is(String partOfSpeechPrefix) {
        return pos.startsWith(partOfSpeechPrefix);
    }

    public boolean isParticle() {
        return pos.startsWith("助詞");
    }

    public boolean isPunctuation() {
        return pos.startsWith("記号") && !pos.startsWith("記号-空白") && !pos.startsWith("記号-アルファベット");
    }

    public boolean isSpace() {
        return pos.startsWith("記号-空白");
    }

    /** Particles, auxiliaries, dependent verbs and suffixes: the words that carry tense, aspect and negation. */
    public boolean isFunctional() {
        return pos.startsWith("助詞") || pos.startsWith("助動詞") || pos.startsWith("動詞-非自立")
                || pos.startsWith("形容詞-非自立") || pos.startsWith("名詞-非自立") || pos.startsWith("名詞-接尾-助動詞語幹")
                || pos.startsWith("動詞-接尾") || pos.startsWith("形容詞-接尾") || pos.startsWith("記号-空白");
    }
}
