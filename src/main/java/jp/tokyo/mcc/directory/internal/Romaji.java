package jp.tokyo.mcc.directory.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Place names in Latin letters (Hachioji, Setagaya-ku, Ōta, Chōfu, Fuchuu): a reading in hiragana is written in
 * Hepburn romaji, and both it and a family's letters are brought to one loose form, so that the ways people write
 * Japanese in Latin letters meet: Hepburn or Kunrei (shi/si, chi/ti, tsu/tu, fu/hu, ji/zi), long vowels written or
 * not (Hachiouji, Hachiōji, Hachioji, Hachiohji), m or n before b and p (Shimbashi).
 */
final class Romaji {

    private Romaji() {
    }

    private static final Map<Character, String> SINGLE = Map.ofEntries(
            Map.entry('あ', "a"), Map.entry('い', "i"), Map.entry('う', "u"), Map.entry('え', "e"), Map.entry('お', "o"),
            Map.entry('か', "ka"), Map.entry('き', "ki"), Map.entry('く', "ku"), Map.entry('け', "ke"), Map.entry('こ', "ko"),
            Map.entry('が', "ga"), Map.entry('ぎ', "gi"), Map.entry('ぐ', "gu"), Map.entry('げ', "ge"), Map.entry('ご', "go"),
            Map.entry('さ', "sa"), Map.entry('し', "shi"), Map.entry('す', "su"), Map.entry('せ', "se"), Map.entry('そ', "so"),
            Map.entry('ざ', "za"), Map.entry('じ', "ji"), Map.entry('ず', "zu"), Map.entry('ぜ', "ze"), Map.entry('ぞ', "zo"),
            Map.entry('た', "ta"), Map.entry('ち', "chi"), Map.entry('つ', "tsu"), Map.entry('て', "te"), Map.entry('と', "to"),
            Map.entry('だ', "da"), Map.entry('ぢ', "ji"), Map.entry('づ', "zu"), Map.entry('で', "de"), Map.entry('ど', "do"),
            Map.entry('な', "na"), Map.entry('に', "ni"), Map.entry('ぬ', "nu"), Map.entry('ね', "ne"), Map.entry('の', "no"),
            Map.entry('は', "ha"), Map.entry('ひ', "hi"), Map.entry('ふ', "fu"), Map.entry('へ', "he"), Map.entry('ほ', "ho"),
            Map.entry('ば', "ba"), Map.entry('び', "bi"), Map.entry('ぶ', "bu"), Map.entry('べ', "be"), Map.entry('ぼ', "bo"),
            Map.entry('ぱ', "pa"), Map.entry('ぴ', "pi"), Map.entry('ぷ', "pu"), Map.entry('ぺ', "pe"), Map.entry('ぽ', "po"),
            Map.entry('ま', "ma"), Map.entry('み', "mi"), Map.entry('む', "mu"), Map.entry('め', "me"), Map.entry('も', "mo"),
            Map.entry('や', "ya"), Map.entry('ゆ', "yu"), Map.entry('よ', "yo"),
            Map.entry('ら', "ra"), Map.entry('り', "ri"), Map.entry('る', "ru"), Map.entry('れ', "re"), Map.entry('ろ', "ro"),
            Map.entry('わ', "wa"), Map.entry('ゐ', "i"), Map.entry('ゑ', "e"), Map.entry('を', "o"), Map.entry('ん', "n"),
            Map.entry('ぁ', "a"), Map.entry('ぃ', "i"), Map.entry('ぅ', "u"), Map.entry('ぇ', "e"), Map.entry('ぉ', "o"),
            Map.entry('ゔ', "vu"));

    /** The hiragana reading in Hepburn romaji (じょうとう as joutou); null if it has other letters. */
    static String fromKana(String kana) {
        StringBuilder out = new StringBuilder(kana.length() * 3);
        boolean doubleNext = false;
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            if (c == 'っ') {
                doubleNext = true;
                continue;
            }
            if (c == 'ー') {
                continue; // a long vowel: the loose form ignores length anyway
            }
            String syllable = SINGLE.get(c);
            if (syllable == null) {
                return null;
            }
            if (i + 1 < kana.length() && "ゃゅょ".indexOf(kana.charAt(i + 1)) >= 0) {
                String small = switch (kana.charAt(i + 1)) {
                    case 'ゃ' -> "a";
                    case 'ゅ' -> "u";
                    default -> "o";
                };
                String base = syllable.substring(0, syllable.length() - 1); // ki -> k, shi -> sh, chi -> ch, ji -> j
                syllable = base.endsWith("sh") || base.endsWith("ch") || base.equals("j") ? base + small
                        : base + "y" + small;
                i++;
            }
            if (doubleNext) {
                out.append(syllable.startsWith("ch") ? 't' : syllable.charAt(0));
                doubleNext = false;
            }
            out.append(syllable);
        }
        return out.toString();
    }

    /** Whether the text is written in Latin letters (with spaces, hyphens, apostrophes and macrons). */
    static boolean isLatin(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * The loose form: lower case without marks, Kunrei spellings (si, ti, tu, hu, zi, sya, tya, zya), long vowels
     * written once, n before b, m and p, letters only.
     */
    static String loose(String latin) {
        String s = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z]", "");
        s = s.replace("tch", "tt").replace("sh", "sy").replace("ch", "ty").replace("ts", "t").replace("j", "zy")
                .replace("f", "h").replace("l", "r").replace("v", "b");
        s = s.replace("syi", "si").replace("tyi", "ti").replace("zyi", "zi").replace("dy", "zy");
        s = s.replaceAll("m([bpm])", "n$1");
        s = s.replaceAll("oh([^aeiouy]|$)", "o$1");
        s = s.replaceAll("([aeiou])\\1+", "$1").replace("ou", "o").replace("nn", "n");
        return s;
    }
}
