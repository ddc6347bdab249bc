package jp.tokyo.mcc.knowledge.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

import jp.tokyo.mcc.shared.Kana;

/** Text clean-up before analysis: NFKC (full-width letters and digits, half-width kana), one space, kana folding. */
final class JapaneseText {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private JapaneseText() {
    }

    /** NFKC, wave dashes unified, runs of white space collapsed, trimmed. Kana are left as written. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replace('〜', '~').replace('～', '~');
        return WHITE_SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Katakana folded to hiragana (the long-vowel mark and other characters unchanged), lower case. */
    static String foldKana(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Kana.toHiragana(text.charAt(i)) != text.charAt(i)) {
                return Kana.toHiragana(text).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return text.toString().toLowerCase(java.util.Locale.ROOT); // no katakana: nothing to fold
    }

    /** True when every character is hiragana, katakana or the long-vowel mark. */
    static boolean isKana(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kana = (c >= '\u3041' && c <= '\u309F') || (c >= '\u30A0' && c <= '\u30FF');
            if (!kana) {
                return false;
            }
        }
        return true;
    }

    /** Letters and digits only (punctuation and spaces removed), kana folded: the input of character bigrams. */
    static String lettersOnly(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        String folded = foldKana(text);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == 'ー') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Overlapping character pairs, space separated (a single character stays alone). */
    static String bigrams(String letters) {
        if (letters.length() < 2) {
            return letters;
        }
        StringBuilder sb = new StringBuilder(letters.length() * 3);
        for (int i = 0; i + 1 < letters.length(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(letters, i, i + 2);
        }
        return sb.toString();
    }
}
