package jp.tokyo.mcc.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Japanese analysis of FAQ texts and families' words (Kuromoji), in one pass over the text:
 * <ul>
 *   <li>the content words: base forms (polite and past forms reduce to the dictionary form), particles,
 *       auxiliaries, interjections and request words ({@code 教えてください}) dropped, katakana folded to hiragana,
 *       each with its reading, so that {@code たいいん} meets {@code 退院};</li>
 *   <li>the whole text as it is read aloud, for reading bigrams (kana-only questions that Kuromoji cannot split
 *       into dictionary words).</li>
 * </ul>
 * Text must be {@link JapaneseText#normalize normalized} first (Java's NFKC; ICU is not used). Thread-safe: each
 * thread reuses its own tokenizer.
 */
final class JapaneseAnalysis {

    /** Words that say how someone asks, not what about (matched on folded base forms). */
    private static final List<String> REQUEST_WORDS = List.of(
            "ください", "くださる", "下さる", "いただく", "頂く", "いただける", "頂ける", "願う", "お願い", "おねがい",
            "教える", "おしえる", "知る", "しる", "わかる", "分かる", "思う", "聞く", "伺う", "うかがう", "言う",
            "よい", "良い", "いい", "おる", "欲しい", "ほしい", "もらう", "貰う", "すむ", "みる", "くる", "いく",
            "ちょっと", "ちょい", "あの", "えっと", "えーと", "すみません", "すいません", "けど", "ちゃう",
            "てる", "とく", "かな", "ね", "よ", "さん", "なん", "ん", "の", "って", "これ", "それ", "あれ",
            // time and place nouns that only frame the question (退院したあと = 退院後)
            "やる", "何", "なに", "どう", "どの", "どんな", "どれ", "もらえる", "のる", "くれる", "私", "わたし", "僕", "ぼく", "自分",
            "あと", "後", "まえ", "前", "とき", "時", "ころ", "頃", "ほう", "方", "ところ", "場合", "ばあい", "たち", "達");

    private final Set<String> stopWords = new HashSet<>();
    private final Set<String> stopTags;
    private final Analyzer tokens = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH));
        }
    };

    JapaneseAnalysis() {
        for (Object w : JapaneseAnalyzer.getDefaultStopSet()) {
            stopWords.add(JapaneseText.foldKana(new String((char[]) w)));
        }
        for (String w : REQUEST_WORDS) {
            stopWords.add(JapaneseText.foldKana(w));
        }
        // Lucene's default stop tags, and interjections (こんにちは, ありがとう say nothing to search for)
        Set<String> tags = new HashSet<>(JapaneseAnalyzer.getDefaultStopTags());
        tags.add("感動詞");
        this.stopTags = Set.copyOf(tags);
    }

    /** The content words and the spoken reading of a (normalized) text. */
    Analysed analyse(String text) {
        List<Word> words = new ArrayList<>();
        StringBuilder spoken = new StringBuilder(text.length() * 2);
        try (TokenStream stream = tokens.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            BaseFormAttribute baseForm = stream.addAttribute(BaseFormAttribute.class);
            PartOfSpeechAttribute partOfSpeech = stream.addAttribute(PartOfSpeechAttribute.class);
            ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = term.toString();
                String read = reading.getReading();
                spoken.append(read != null ? read : surface);
                String pos = partOfSpeech.getPartOfSpeech();
                if (pos != null && stopTags.contains(pos)) {
                    continue;
                }
                String base = baseForm.getBaseForm();
                String folded = JapaneseText.foldKana(katakanaStem(base != null ? base : surface));
                if (stopWords.contains(folded)) {
                    continue;
                }
                words.add(new Word(folded, JapaneseText.foldKana(read != null ? read : surface),
                        JapaneseText.foldKana(surface), JapaneseText.isKana(surface), salience(pos, surface)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Analysed(List.copyOf(words), JapaneseText.lettersOnly(spoken.toString()));
    }

    /**
     * How much a word says about what is asked: nouns name the subject (1), verbs and adjectives say what is wanted
     * of it (0.6), a lone kanji split off a compound (所 of 保育所, 市 of 八王子市) little (0.5), place names and
     * adverbial nouns only frame it (八王子, 来月, 最近: 0.3).
     */
    private static double salience(String pos, String surface) {
        if (pos != null && (pos.startsWith("名詞-副詞可能") || pos.startsWith("名詞-固有名詞-地域"))) {
            return 0.3;
        }
        if (surface.length() == 1 && !JapaneseText.isKana(surface)) {
            return 0.5;
        }
        return pos == null || pos.startsWith("名詞") ? 1 : 0.6;
    }

    /** コーディネーター as コーディネータ: a long katakana word without its final long-vowel mark (as Lucene's stemmer). */
    private static String katakanaStem(String word) {
        if (word.length() > 3 && word.charAt(word.length() - 1) == 'ー' && JapaneseText.isKana(word)) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * A text, analysed.
     *
     * @param words  the content words, in order
     * @param spoken the whole text as read aloud, in hiragana, letters only
     */
    record Analysed(List<Word> words, String spoken) {
    }

    /**
     * One content word.
     *
     * @param base    base form, kana folded
     * @param reading reading in hiragana (the surface when the dictionary has none)
     * @param surface the word as written, kana folded
     * @param kana     whether it was written in kana only
     * @param salience how much its part of speech says about the subject (nouns 1, verbs 0.6, 来月 0.3)
     */
    record Word(String base, String reading, String surface, boolean kana, double salience) {

        /** The leading kanji of a word written with kanji and kana (働け of 働けない gives 働), else null. */
        String kanjiStem() {
            int i = 0;
            while (i < surface.length() && Character.UnicodeScript.of(surface.charAt(i)) == Character.UnicodeScript.HAN) {
                i++;
            }
            return i > 0 && i < surface.length() ? surface.substring(0, i) : null;
        }
    }
}
