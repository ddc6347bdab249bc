package jp.tokyo.mcc.directory.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a family's free answer to "where do you live?" (八王子, はちおうじし, 東京都八王子市元本郷町3-24-1,
 * 西多摩郡桧原村, 大島, 横浜市, 大阪府, 八王寺...). Pure and thread-safe; the indexes are built once.
 *
 * <ol>
 * <li>The answer is put in {@link PlaceText#canonical canonical} form; fillers, 東京都 and 西多摩郡 at its start are
 *     dropped ({@link AnswerPhrases}). 東京都 alone is not enough: we need the municipality.</li>
 * <li>The longest known name at the start wins, if what follows it fits (anything after a complete name as in an
 *     address; no further kanji after a name without suffix, so 多摩地域 is not 多摩市; no further kana after a
 *     reading; only polite words after a one-letter name such as 港 or 北), and unless another place follows with
 *     "or/and" (練馬か板橋).</li>
 * <li>Otherwise complete names and names without suffix anywhere in the answer, where a word starts (not after
 *     other kanji, so 港北区 is not 北区); several different places: unknown.</li>
 * <li>Otherwise a near miss (one letter off) of exactly one Tokyo name is a suggestion.</li>
 * </ol>
 * A name outside Tokyo that is a Tokyo name with another suffix (府中町 in 広島県, 日野町 in 滋賀県) is asked back
 * ("東京都の府中市ですか？"), unless 東京都 came first. A name shared by places in several prefectures outside Tokyo
 * (伊達市) is outside Tokyo. Answers in Latin letters (Hachioji, Setagaya-ku) are read by {@link RomajiIndex}.
 */
public final class PlaceMatcher {

    /** Longer answers are cut: a place name is near the start of any reasonable answer. */
    private static final int MAX_ANSWER = 400;
    /** Near misses are only looked for in short answers. */
    private static final int MAX_TYPO_LENGTH = 14;
    /** Kanji that may follow a name without suffix: a (wrong) suffix, 在住, 駅, 近く... */
    private static final String KANJI_AFTER_STEM = "区市町村在住駅近周辺内方寄付界隈";
    /** What may come right before a name found inside an answer, besides non-kanji: the end of 東京都, 県, 郡... */
    private static final List<String> BEFORE_NAME = List.of("東京", "都", "道", "府", "県", "郡");

    /** Words between two places that make an answer name both: か, と, や, または... */
    private static final List<String> CONNECTORS = List.of("または", "もしくは", "あるいは", "か", "と", "や");

    private final PlaceIndex index;
    private final RomajiIndex romaji;
    private final List<PlaceKey> typoCandidates;

    public PlaceMatcher(List<TokyoMunicipality> tokyo, OutsidePlaces outside) {
        this.index = PlaceIndex.build(tokyo, outside);
        this.romaji = new RomajiIndex(tokyo, PlaceIndex.islandReadings(), outside);
        this.typoCandidates = index.typoCandidates();
    }

    public RawMatch match(String answer) {
        String canonical = PlaceText.canonical(answer != null && answer.length() > 2 * MAX_ANSWER
                ? answer.substring(0, 2 * MAX_ANSWER) : answer);
        if (canonical.length() > MAX_ANSWER) {
            canonical = canonical.substring(0, MAX_ANSWER);
        }
        AnswerPhrases.Core core = AnswerPhrases.core(canonical);
        String text = core.text();
        if (text.isEmpty() || core.tokyoOnly()) {
            return new RawMatch.Unknown();
        }
        if (Romaji.isLatin(text)) {
            // as written: hyphens and commas group the words (Fuchu-cho, Hiroshima)
            return romaji.match(answer.length() > MAX_ANSWER ? answer.substring(0, MAX_ANSWER) : answer);
        }
        PlaceKey atStart = acceptedAt(text, 0, true);
        if (atStart != null) {
            if (offersAnother(text.substring(atStart.text().length()), atStart)) {
                return new RawMatch.Unknown();
            }
            boolean outside = allOutside(atStart.targets());
            TokyoMunicipality sameStem = outside && atStart.form() != PlaceKey.Form.STEM
                    ? index.tokyoWithSameStem(atStart) : null;
            if (sameStem != null) {
                return core.tokyoSaid() ? new RawMatch.Found(sameStem) : new RawMatch.Suggestion(sameStem, true);
            }
            if (atStart.ambiguous()) {
                return outside ? new RawMatch.OutsideTokyo(null) : new RawMatch.Unknown();
            }
            return found(atStart.target());
        }
        RawMatch inside = inside(text);
        if (inside != null) {
            return inside;
        }
        return nearMiss(text);
    }

    /** Whether the answer goes on with "or/and another place" (練馬か板橋, 八王子と町田, 神奈川か東京). */
    private boolean offersAnother(String rest, PlaceKey first) {
        for (String connector : CONNECTORS) {
            if (rest.startsWith(connector)) {
                String other = rest.substring(connector.length()).strip();
                boolean outside = first.targets().stream().anyMatch(PlaceTarget.Outside.class::isInstance);
                if (outside && (other.startsWith("東京") || other.startsWith("とうきょう"))) {
                    return true;
                }
                PlaceKey next = acceptedAt(other, 0, true);
                return next != null && !next.targets().equals(first.targets());
            }
        }
        return false;
    }

    /** The longest name at {@code from} that what follows it allows, or null. */
    private PlaceKey acceptedAt(String text, int from, boolean atStart) {
        for (PlaceKey key : index.prefixesAt(text, from)) {
            if (!atStart && (key.form() == PlaceKey.Form.KANA || key.text().length() < 2)) {
                continue;
            }
            String rest = text.substring(from + key.text().length());
            if (fits(key, rest)) {
                return key;
            }
        }
        return null;
    }

    private static boolean fits(PlaceKey key, String rest) {
        if (key.text().length() == 1) {
            return AnswerPhrases.onlyPoliteWords(rest);
        }
        return switch (key.form()) {
            case COMPLETE -> true;
            case STEM -> rest.isEmpty() || !PlaceText.isKanji(rest.charAt(0))
                    || KANJI_AFTER_STEM.indexOf(rest.charAt(0)) >= 0;
            case KANA -> AnswerPhrases.kanaMayBeFollowedBy(rest);
        };
    }

    /** Names inside the answer; null when there are none, unknown when they disagree. */
    private RawMatch inside(String text) {
        Set<PlaceTarget> seen = new LinkedHashSet<>();
        int i = 1;
        while (i < text.length()) {
            PlaceKey key = startsWord(text, i) ? acceptedAt(text, i, false) : null;
            if (key == null) {
                i++;
                continue;
            }
            seen.addAll(key.targets());
            i += key.text().length();
        }
        if (seen.isEmpty()) {
            return null;
        }
        if (seen.size() > 1) {
            return allOutside(seen) ? new RawMatch.OutsideTokyo(null) : new RawMatch.Unknown();
        }
        return found(seen.iterator().next());
    }

    private static boolean allOutside(Set<PlaceTarget> targets) {
        return targets.stream().allMatch(PlaceTarget.Outside.class::isInstance);
    }

    private static boolean startsWord(String text, int i) {
        if (!PlaceText.isKanji(text.charAt(i - 1))) {
            return true;
        }
        for (String before : BEFORE_NAME) {
            if (i >= before.length() && text.startsWith(before, i - before.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One letter off exactly one Tokyo name: a suggestion (a question, so a Tokyo name wins over one elsewhere that
     * is as close: 調府市 is asked as 調布市 rather than taken for 甲府市).
     */
    private RawMatch nearMiss(String text) {
        String core = AnswerPhrases.stripEndings(text);
        if (core.length() < 2 || core.length() > MAX_TYPO_LENGTH || core.indexOf(' ') >= 0) {
            return new RawMatch.Unknown();
        }
        TokyoMunicipality candidate = null;
        for (PlaceKey key : typoCandidates) {
            if (EditDistance.atMostOne(core, key.text())) {
                for (PlaceTarget target : key.targets()) {
                    if (target instanceof PlaceTarget.Tokyo tokyo) {
                        if (candidate != null && !candidate.equals(tokyo.municipality())) {
                            return new RawMatch.Unknown();
                        }
                        candidate = tokyo.municipality();
                    }
                }
            }
        }
        return candidate == null ? new RawMatch.Unknown() : new RawMatch.Suggestion(candidate);
    }

    private static RawMatch found(PlaceTarget target) {
        if (target instanceof PlaceTarget.Tokyo tokyo) {
            return new RawMatch.Found(tokyo.municipality());
        }
        return new RawMatch.OutsideTokyo(((PlaceTarget.Outside) target).prefecture());
    }
}
