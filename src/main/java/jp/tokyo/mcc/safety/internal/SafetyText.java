package jp.tokyo.mcc.safety.internal;

import java.text.Normalizer;
import java.util.Locale;

/** How texts and phrases are compared: NFKC, lower case, katakana as hiragana, no white space. */
final class SafetyText {

    private SafetyText() {
    }

    static String normalize(String text) {
        return foldKana(compact(text));
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

    static char foldKana(char c) {
        // ァ (U+30A1) .. ヶ (U+30F6) map onto ぁ (U+3041) .. ゖ (U+3096)
        return c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c;
    }

    static String foldKana(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(foldKana(s.charAt(i)));
        }
        return sb.toString();
    }
}
