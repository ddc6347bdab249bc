package jp.tokyo.mcc.safety.internal.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.InflectionAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Kuromoji (Lucene's Japanese morphological analyser, IPADIC) as the safety net uses it: normal mode (compounds are
 * split into their dictionary words: 人工 / 呼吸 / 器), punctuation kept (it ends sentences), one tokenizer per thread.
 */
public final class Kuromoji {

    private static final ThreadLocal<Instance> TOKENIZERS = ThreadLocal.withInitial(Instance::new);

    private Kuromoji() {
    }

    /** The words of an already {@link SafetyText#normalize normalized} text. */
    public static List<Token> tokens(String text) {
        return TOKENIZERS.get().tokens(text);
    }

    private static final class Instance {
        private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        private final BaseFormAttribute baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
        private final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
        private final PartOfSpeechAttribute partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        private final InflectionAttribute inflection = tokenizer.addAttribute(InflectionAttribute.class);
        private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);

        List<Token> tokens(String text) {
            List<Token> tokens = new ArrayList<>();
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    String written = term.toString();
                    String surface = fold(written);
                    String base = baseForm.getBaseForm() == null ? surface : fold(baseForm.getBaseForm());
                    String read = reading.getReading() == null ? null : fold(reading.getReading());
                    String pos = partOfSpeech.getPartOfSpeech() == null ? "" : partOfSpeech.getPartOfSpeech();
                    tokens.add(new Token(offset.startOffset(), offset.endOffset(), surface, base, read, pos,
                            inflection.getInflectionType(), isKana(written)));
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException e) {
                    // a StringReader does not fail to close
                }
            }
            return tokens;
        }
    }

    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (jp.tokyo.mcc.shared.Kana.toHiragana(s.charAt(i)) != s.charAt(i)) {
                return SafetyText.hiragana(s).toLowerCase(Locale.ROOT);
            }
        }
        return s.toLowerCase(Locale.ROOT); // no katakana: folding to hiragana changes nothing
    }

    private static boolean isKana(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!SafetyText.isKana(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
