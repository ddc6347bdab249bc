package jp.tokyo.mcc.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The Japanese analysis of FAQ texts and families' questions (Kuromoji).
 *
 * <ul>
 *   <li>{@link #content()}: base forms (polite and past forms reduce to the dictionary form), particles, auxiliaries
 *       and request words ({@code 教えてください}) dropped, katakana folded to hiragana.</li>
 *   <li>{@link #reading()}: the same words as their readings in hiragana, so that {@code たいいん} meets
 *       {@code 退院}.</li>
 *   <li>{@link #readingString(String)}: the whole text as it is read, for reading bigrams (kana-only questions that
 *       Kuromoji cannot split into dictionary words).</li>
 * </ul>
 * Text must be {@link JapaneseText#normalize normalized} first (Java's NFKC; ICU is not used).
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
            "何", "なに", "どう", "どの", "どんな", "どれ", "もらえる", "のる", "くれる", "私", "わたし", "僕", "ぼく", "自分",
            "あと", "後", "まえ", "前", "とき", "時", "ころ", "頃", "ほう", "方", "ところ", "場合", "ばあい", "たち", "達");

    private final CharArraySet stopWords;
    private final Set<String> stopTags = stopTags();
    private final Analyzer content;
    private final Analyzer reading;
    /** Every word as read aloud, nothing dropped (for {@link #readingString}); reuses its tokenizer per thread. */
    private final Analyzer spoken = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));
        }
    };

    JapaneseAnalysis() {
        CharArraySet words = new CharArraySet(256, false);
        for (Object w : JapaneseAnalyzer.getDefaultStopSet()) {
            words.add(JapaneseText.foldKana(new String((char[]) w)));
        }
        for (String w : REQUEST_WORDS) {
            words.add(JapaneseText.foldKana(w));
        }
        this.stopWords = CharArraySet.unmodifiableSet(words);
        this.content = analyzer(false);
        this.reading = analyzer(true);
    }

    /** Lucene's default stop tags, and interjections (こんにちは, ありがとう say nothing to search for). */
    private static Set<String> stopTags() {
        Set<String> tags = new java.util.HashSet<>(JapaneseAnalyzer.getDefaultStopTags());
        tags.add("感動詞");
        return Set.copyOf(tags);
    }

    private Analyzer analyzer(boolean readings) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
                stream = new JapanesePartOfSpeechStopFilter(stream, stopTags);
                if (!readings) {
                    stream = new JapaneseKatakanaStemFilter(stream);
                }
                stream = new KanaFoldingFilter(stream);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, stopWords);
                if (readings) {
                    // the reading of the word as written (Kuromoji keeps it beside the base form)
                    stream = new JapaneseReadingFormFilter(stream, false);
                    stream = new KanaFoldingFilter(stream);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    Analyzer content() {
        return content;
    }

    Analyzer reading() {
        return reading;
    }

    /** The content words of a (normalized) text, each with its base form, reading and whether it was kana. */
    List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = content.tokenStream("words", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            ReadingAttribute readingAttribute = stream.addAttribute(ReadingAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = text.substring(offset.startOffset(), offset.endOffset());
                String r = readingAttribute.getReading();
                String read = JapaneseText.foldKana(r != null ? r : surface);
                words.add(new Word(term.toString(), read, JapaneseText.foldKana(surface),
                        JapaneseText.isKana(surface)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Terms of a text as the given analyzer produces them. */
    List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The whole text as read aloud (every word, particles included), in hiragana, letters only. */
    String readingString(String text) {
        StringBuilder sb = new StringBuilder();
        try (TokenStream stream = spoken.tokenStream("spoken", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            ReadingAttribute readingAttribute = stream.addAttribute(ReadingAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String r = readingAttribute.getReading();
                sb.append(r != null ? r : term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JapaneseText.lettersOnly(sb.toString());
    }

    /**
     * One content word.
     *
     * @param base    base form, kana folded
     * @param reading reading in hiragana (the surface when the dictionary has none)
     * @param surface the word as written, kana folded
     * @param kana    whether the family wrote it in kana only
     */
    record Word(String base, String reading, String surface, boolean kana) {

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
