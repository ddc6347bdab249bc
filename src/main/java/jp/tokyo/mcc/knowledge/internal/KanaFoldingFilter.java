package jp.tokyo.mcc.knowledge.internal;

import java.io.IOException;

import jp.tokyo.mcc.shared.Kana;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Folds katakana to hiragana in each term, so that カタカナ and ひらがな spellings meet. */
final class KanaFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    KanaFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            buffer[i] = Kana.toHiragana(buffer[i]);
        }
        return true;
    }
}
