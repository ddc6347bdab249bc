package jp.tokyo.mcc.directory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a place name in a family's answer, in {@link PlaceText#canonical canonical} form (kana as
 * hiragana): fillers before it (えっと, 私は, 住所は), 東京都 and 西多摩郡 before it, polite endings after it
 * (です, に住んでいます).
 */
final class AnswerPhrases {

    private AnswerPhrases() {
    }

    private static final List<String> LEADING = longestFirst(List.of(
            "えっと", "えーと", "えーっと", "えと", "あの", "あのー", "うーん", "んー", "はい", "こんにちは",
            "私は", "わたしは", "わたくしは", "僕は", "ぼくは", "俺は", "自分は", "うちは", "我が家は", "わが家は",
            "今は", "いまは", "現在は", "住所は", "住所", "現住所は", "現住所", "居住地は", "在住地は", "在住は",
            "住まいは", "お住まいは", "すまいは", "おすまいは", "住んでいるのは", "住んでいるところは",
            "住んでるところは", "住んでいる所は", "住んでる所は", "自宅は", "家は", "うちの住所は"));

    /** 東京都 and its variants, optionally with 内の / の (東京都内の府中市, 東京の八王子). */
    private static final Pattern TOKYO = Pattern.compile("^(東京都|東京|とうきょうと|とうきょう)(内の|の)?");

    /** Tokyo's only district (郡) name today. */
    private static final Pattern DISTRICT = Pattern.compile("^(西多摩郡|西多摩|にしたまぐん)");

    private static final List<String> ENDINGS = longestFirst(List.of(
            "です", "でございます", "ございます", "になります", "だよ", "ですよ", "ですね", "でした", "在住",
            "ざいじゅう", "に住んでいます", "に住んでます", "に住んでいる", "に住んでる", "に住む", "にすんでいます",
            "にすんでます", "にすんでいる", "にすんでる", "に住んでおります", "住み", "ずみ", "すみ",
            "から来ました", "からです", "から", "の者です", "のものです", "在住の者です", "付近", "あたり", "辺り",
            "近辺", "周辺", "内"));

    private static final List<String> SHORT_ENDINGS = List.of("だ", "よ", "ね", "の", "に", "で", "へ");

    /** Particles and endings that may follow a kana name directly. */
    private static final List<String> KANA_FOLLOWERS = List.of(
            "です", "でした", "でございます", "だ", "に", "で", "の", "から", "へ", "ざいじゅう", "すんで", "すみ", "ずみ",
            "ふきん", "あたり", "ちかく", "えき");

    /**
     * The answer without leading fillers, 東京都 and 西多摩郡; {@code tokyoOnly} when nothing else was said,
     * {@code tokyoSaid} when 東京都 came first.
     */
    record Core(String text, boolean tokyoOnly, boolean tokyoSaid) {
    }

    static Core core(String canonical) {
        String s = canonical.strip();
        boolean tokyoSeen = false;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String before = s;
            s = stripLeadingNoise(s);
            for (String filler : LEADING) {
                if (s.startsWith(filler) && s.length() > filler.length()) {
                    s = s.substring(filler.length());
                    break;
                }
            }
            Matcher tokyo = TOKYO.matcher(s);
            if (tokyo.find()) {
                tokyoSeen = true;
                s = s.substring(tokyo.end());
            }
            Matcher district = DISTRICT.matcher(s);
            if (district.find() && s.length() > district.end()) {
                s = s.substring(district.end());
            }
            s = stripLeadingNoise(s);
            changed = !s.equals(before);
        }
        return new Core(s, tokyoSeen && stripEndings(s).isEmpty(), tokyoSeen);
    }

    /** Leading spaces and digits (what is left of a postal code such as 〒192-0083). */
    private static String stripLeadingNoise(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || Character.isDigit(s.charAt(i)))) {
            i++;
        }
        return s.substring(i);
    }

    /** Removes polite endings (です, に住んでいます) from the end; never single letters that may end a name. */
    static String stripEndings(String s) {
        String out = s.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String ending : ENDINGS) {
                if (out.endsWith(ending)) {
                    out = out.substring(0, out.length() - ending.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code rest} (what follows a name) is nothing but polite words. */
    static boolean onlyPoliteWords(String rest) {
        String out = stripEndings(rest);
        boolean changed = true;
        while (changed && !out.isEmpty()) {
            changed = false;
            for (String ending : SHORT_ENDINGS) {
                if (out.endsWith(ending)) {
                    out = stripEndings(out.substring(0, out.length() - ending.length()));
                    changed = true;
                    break;
                }
            }
        }
        return out.isEmpty();
    }

    /** Whether a kana name may be followed by {@code rest}: a particle or polite word, not more kana of a word. */
    static boolean kanaMayBeFollowedBy(String rest) {
        if (rest.isEmpty() || !PlaceText.isHiragana(rest.charAt(0))) {
            return true;
        }
        for (String follower : KANA_FOLLOWERS) {
            if (rest.startsWith(follower)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
