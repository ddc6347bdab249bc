package jp.tokyo.mcc.safety.internal.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a family's text (and every word of the safety files) is cleaned before analysis: NFKC (full-width letters and
 * digits, half-width kana), lower case, white space collapsed to one space, small hiragana vowels written for large
 * ones ({@code なぃ}), wave dashes after hiragana and long-vowel marks that stretch a vowel dropped ({@code とまんなーい}). Katakana stay
 * katakana (Kuromoji reads loanwords better that way); comparisons fold them to hiragana.
 */
public final class SafetyText {

    private SafetyText() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                trimSpace(sb);
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
                space = false;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n';
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            char previous = sb.length() == 0 ? 0 : sb.charAt(sb.length() - 1);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (isHiragana(previous) && ((c == '〜' || c == '~')
                    || (c == 'ー' || c == '―' || c == '-') && "あいうえお".indexOf(next) >= 0)) {
                continue; // とまんなーい, すごい〜 (ぜーぜー keeps its marks)
            }
            sb.append(largeVowel(c));
        }
        trimSpace(sb);
        return sb.toString();
    }

    private static void trimSpace(StringBuilder sb) {
        while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == ' ' || sb.charAt(sb.length() - 1) == '\n')) {
            sb.setLength(sb.length() - 1);
        }
    }

    /** ぁぃぅぇぉゎ as あいうえおわ (families type なぃ, ょゎい); katakana small vowels are kept (ティ, フィ). */
    private static char largeVowel(char c) {
        return switch (c) {
            case 'ぁ' -> 'あ';
            case 'ぃ' -> 'い';
            case 'ぅ' -> 'う';
            case 'ぇ' -> 'え';
            case 'ぉ' -> 'お';
            case 'ゎ' -> 'わ';
            default -> c;
        };
    }

    static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u3096';
    }

    static boolean isKana(char c) {
        return (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA') || c == 'ー';
    }

    /**
     * A text typed in half-width katakana (phones that type ｲｷｶﾞｸﾙｼｿｳ) and without kanji, normalized and written in
     * hiragana, which is how it is meant; any other text just {@link #normalize normalized}.
     */
    public static String normalizeHalfWidthAsHiragana(String text) {
        String normalized = normalize(text);
        if (text == null || text.chars().noneMatch(c -> c >= '\uFF66' && c <= '\uFF9D')) {
            return normalized;
        }
        for (int i = 0; i < normalized.length(); i++) {
            if (Character.UnicodeScript.of(normalized.charAt(i)) == Character.UnicodeScript.HAN) {
                return normalized;
            }
        }
        return hiragana(normalized);
    }

    /** Katakana as hiragana, same length. */
    public static String hiragana(String s) {
        return jp.tokyo.mcc.shared.Kana.toHiragana(s);
    }

    /**
     * The comparison key of kana: hiragana, small kana as large ones ({@code きゅう} and {@code きゆう} meet), long-vowel
     * marks dropped ({@code カニューレ} and {@code かにゅれ} meet). Other characters are kept.
     */
    public static String kanaKey(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = jp.tokyo.mcc.shared.Kana.toHiragana(s.charAt(i));
            if (c == 'ー') {
                continue;
            }
            sb.append(largeKana(c));
        }
        return sb.toString();
    }

    /** One character of a kana key: small kana as large, long-vowel mark as 0 (dropped by callers). */
    static char largeKana(char c) {
        return switch (c) {
            case 'ぁ' -> 'あ';
            case 'ぃ' -> 'い';
            case 'ぅ' -> 'う';
            case 'ぇ' -> 'え';
            case 'ぉ' -> 'お';
            case 'っ' -> 'つ';
            case 'ゃ' -> 'や';
            case 'ゅ' -> 'ゆ';
            case 'ょ' -> 'よ';
            case 'ゎ' -> 'わ';
            case 'ゕ' -> 'か';
            case 'ゖ' -> 'け';
            default -> c;
        };
    }
}
