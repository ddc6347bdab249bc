package jp.tokyo.mcc.conversation.internal.slots;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes a family's words comparable: full-width to half-width (NFKC), no spaces, no trailing punctuation. */
public final class TextNormalizer {

    // compiled once: String.replaceAll would compile each pattern again on every call (several per family message)
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212\u30FC\uFF70\u2500\u2501\u02D7]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Pattern OUTER_BRACKETS = Pattern.compile("^[「『(\\[]+|[」』)\\]]+$");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[。.!！?？、,~〜♪]+$");
    private static final Pattern POLITE_ENDING = Pattern.compile("(です|でお願いします|をお願いします|お願いします|おねがいします|ください)$");
    private static final Pattern QUOTES = Pattern.compile("^[「『]|[」』]$");

    private TextNormalizer() {
    }

    /** NFKC, trimmed, with the many dash characters folded into '-'. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return DASHES.matcher(n).replaceAll("-");
    }

    /** Normalised, lower-case, without spaces, brackets around it and ending punctuation. */
    public static String plain(String text) {
        String n = SPACES.matcher(normalize(text).toLowerCase(Locale.ROOT)).replaceAll("");
        n = OUTER_BRACKETS.matcher(n).replaceAll("");
        return END_PUNCTUATION.matcher(n).replaceAll("");
    }

    /**
     * A comparison key: normalised, lower-case, without spaces, the ending punctuation and polite endings
     * (です, でお願いします...) removed. {@code 「メニュー」。} and {@code めにゅー} stay different; {@code メニュー です} -> メニュー.
     */
    public static String key(String text) {
        String n = plain(text);
        n = POLITE_ENDING.matcher(n).replaceAll("");
        return QUOTES.matcher(n).replaceAll("");
    }
}
