package jp.tokyo.mcc.shared;

/** Katakana folded onto hiragana, so that フォロー and ふぉろー compare equal; every other character is kept. */
public final class Kana {

    private Kana() {
    }

    /** ァ (U+30A1) .. ヶ (U+30F6) onto ぁ (U+3041) .. ゖ (U+3096); the long-vowel mark ー stays. */
    public static char toHiragana(char c) {
        return c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c;
    }

    /** Same length as the input, so offsets into it stay valid. */
    public static String toHiragana(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(toHiragana(text.charAt(i)));
        }
        return sb.toString();
    }
}
