package jp.tokyo.mcc.directory.internal;

import java.text.Normalizer;

/**
 * The canonical form in which answers and place names are compared: NFKC (full-width/half-width), katakana as
 * hiragana, 檜 as 桧, the small ヶ between kanji (青ヶ島, 青ケ島, 青が島) as ヶ, and spaces, punctuation and
 * symbols as a single space.
 */
public final class PlaceText {

    private PlaceText() {
    }

    /** Canonical form; never null. */
    public static String canonical(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSmallKeLike(c) && i > 0 && i + 1 < n && isKanji(s.charAt(i - 1)) && isKanji(s.charAt(i + 1))) {
                out.append('ヶ');
            } else if (c == '檜') {
                out.append('桧');
            } else if (c >= 'ァ' && c <= 'ヴ') {
                out.append((char) (c - 0x60));
            } else if (c == 'ヽ' || c == 'ヾ') {
                out.append((char) (c - 0x60));
            } else if (isSeparator(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** A CJK ideograph (including 々). */
    public static boolean isKanji(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    public static boolean isHiragana(char c) {
        return c >= 'ぁ' && c <= 'ゖ';
    }

    private static boolean isSmallKeLike(char c) {
        return c == 'ヶ' || c == 'ケ' || c == 'ヵ' || c == 'が' || c == 'ガ' || c == 'ゖ' || c == 'ゕ';
    }

    private static boolean isSeparator(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        if (c == 'ー' || c == '々' || c == 'ヶ') {
            return false;
        }
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
                    Character.CONTROL, Character.FORMAT -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
