package jp.tokyo.mcc.conversation.internal.slots;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child's age from 0 to 18 as families write it: 3, ３歳, 3才, 三歳, 1歳半, 1歳6か月, 生後6か月, 6ヶ月, 新生児,
 * 年少/年中/年長, 小学2年, 小2, 中学1年, 中1, 高校3年, 高3. Returns a tidy form (3歳, 1歳6か月, 生後6か月, 年中, 小学2年...).
 */
public final class ChildAge {

    private static final int MAX_YEARS = 18;
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})(?:歳|才|さい)?(?:(\\d{1,2})(?:か月|ヶ月|ケ月|カ月|ヵ月|箇月|かげつ)|(半))?");
    private static final Pattern MONTHS = Pattern.compile("(?:生後)?(\\d{1,2})(?:か月|ヶ月|ケ月|カ月|ヵ月|箇月|かげつ)");
    private static final Pattern SCHOOL = Pattern.compile("(小学校?|小|中学校?|中|高校|高等学校|高)(\\d)(?:年生?|年)?");

    private ChildAge() {
    }

    public static Optional<String> parse(String text) {
        String n = english(TextNormalizer.normalize(text)).replaceAll("\\s+", "");
        n = kanjiDigits(n);
        n = n.replaceAll("^(子ども|子供|こども|息子|娘|うちの子|子)(は|が)?", "")
                .replaceAll("(です|になります|くらい|ぐらい|位|ごろ|頃)+[。.!！]*$", "")
                .replaceAll("[。.!！]+$", "")
                .replace("ヶ", "ヶ");
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.matches("新生児|生まれたばかり|0歳児?")) {
            return Optional.of("0歳");
        }
        for (String stage : new String[] {"年少", "年中", "年長"}) {
            if (n.equals(stage) || n.equals(stage + "さん") || n.equals(stage + "組")) {
                return Optional.of(stage);
            }
        }
        Matcher school = SCHOOL.matcher(n);
        if (school.matches()) {
            int grade = Integer.parseInt(school.group(2));
            String kind = school.group(1);
            if (kind.startsWith("小")) {
                return grade >= 1 && grade <= 6 ? Optional.of("小学" + grade + "年") : Optional.empty();
            }
            if (kind.startsWith("中")) {
                return grade >= 1 && grade <= 3 ? Optional.of("中学" + grade + "年") : Optional.empty();
            }
            return grade >= 1 && grade <= 3 ? Optional.of("高校" + grade + "年") : Optional.empty();
        }
        Matcher months = MONTHS.matcher(n);
        if (months.matches()) {
            int m = Integer.parseInt(months.group(1));
            if (m < 12) {
                return Optional.of("生後" + m + "か月");
            }
            if (m <= MAX_YEARS * 12) {
                return Optional.of(m % 12 == 0 ? (m / 12) + "歳" : (m / 12) + "歳" + (m % 12) + "か月");
            }
            return Optional.empty();
        }
        Matcher years = YEARS.matcher(n);
        if (years.matches()) {
            int y = Integer.parseInt(years.group(1));
            if (y > MAX_YEARS) {
                return Optional.empty();
            }
            if (years.group(3) != null) {
                return y >= MAX_YEARS ? Optional.empty() : Optional.of(y + "歳6か月");
            }
            if (years.group(2) != null) {
                int m = Integer.parseInt(years.group(2));
                if (m >= 12 || y >= MAX_YEARS && m > 0) {
                    return Optional.empty();
                }
                return Optional.of(m == 0 ? y + "歳" : y + "歳" + m + "か月");
            }
            return Optional.of(y + "歳");
        }
        return Optional.empty();
    }

    /**
     * An age written in English as the Japanese forms: 3 years old / 3 yrs -> 3歳, 1.5 years -> 1歳半,
     * 6 months old -> 6か月, my son is 4 -> 4; anything else as it was.
     */
    static String english(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT).strip()
                .replaceAll("^(?:my |our |the )?(?:child|son|daughter|baby|kid|he|she)(?: is|'s)?\\s+", "")
                .replaceAll("^(?:he|she) is\\s+", "")
                .replaceAll("[.!]+$", "");
        java.util.regex.Matcher half = Pattern.compile("(\\d{1,2})\\.5\\s*(?:years?|yrs?|y)(?:\\s*old)?").matcher(t);
        if (half.matches()) {
            return half.group(1) + "\u6b73\u534a";
        }
        t = t.replaceAll("^(\\d{1,2})\\s*(?:years?|yrs?|y/o|yo)(?:\\s*old)?$", "$1\u6b73")
                .replaceAll("^(\\d{1,2})\\s*(?:months?|mos?)(?:\\s*old)?$", "$1\u304b\u6708");
        return t;
    }

    /** 一 to 十九 (as in 三歳, 十二歳, 小学二年) to digits. */
    static String kanjiDigits(String s) {
        Matcher m = Pattern.compile("(十)?([〇一二三四五六七八九])|十").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int value = m.group(2) == null ? 10
                    : (m.group(1) != null ? 10 : 0) + "〇一二三四五六七八九".indexOf(m.group(2));
            m.appendReplacement(out, String.valueOf(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
