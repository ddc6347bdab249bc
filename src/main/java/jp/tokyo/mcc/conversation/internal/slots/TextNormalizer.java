package jp.tokyo.mcc.conversation.internal.slots;

import java.text.Normalizer;
import java.util.Locale;

/** Makes a family's words comparable: full-width to half-width (NFKC), no spaces, no trailing punctuation. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** NFKC, trimmed, with the many dash characters folded into '-'. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return n.replaceAll("[\u2010-\u2015\u2212\u30FC\uFF70\u2500\u2501\u02D7]", "-");
    }

    /** Normalised, lower-case, without spaces, brackets around it and ending punctuation. */
    public static String plain(String text) {
        String n = normalize(text).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\u3000]+", "")
                .replaceAll("^[「『(\\[]+|[」』)\\]]+$", "");
        return n.replaceAll("[。.!！?？、,~〜♪]+$", "");
    }

    /**
     * A comparison key: normalised, lower-case, without spaces, the ending punctuation and polite endings
     * (です, でお願いします...) removed. {@code 「メニュー」。} and {@code めにゅー} stay different; {@code メニュー です} -> メニュー.
     */
    public static String key(String text) {
        String n = plain(text);
        n = n.replaceAll("(です|でお願いします|をお願いします|お願いします|おねがいします|ください)$", "");
        n = n.replaceAll("^[「『]|[」』]$", "");
        return n;
    }
}
