package jp.tokyo.mcc.safety.internal;

import java.text.Normalizer;
import java.util.Locale;

import jp.tokyo.mcc.shared.Kana;

/** How texts and phrases are compared: NFKC, lower case, katakana as hiragana, no white space. */
final class SafetyText {

    private SafetyText() {
    }

    static String normalize(String text) {
        return Kana.toHiragana(compact(text));
    }

    /** NFKC, lower case, white space removed; kana as written (Kuromoji reads katakana loanwords better). */
    static String compact(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
