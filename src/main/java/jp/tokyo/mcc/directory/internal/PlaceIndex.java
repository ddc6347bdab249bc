package jp.tokyo.mcc.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every spelling of every known place, built once: Tokyo's 62 municipalities (official name, name without suffix,
 * reading with and without suffix, island names, 檜/桧 and ヶ/ケ variants via {@link PlaceText}) and, outside
 * Tokyo, the prefectures and every municipality (and the wards of the designated cities). Where a spelling names
 * both a Tokyo place and one outside Tokyo, Tokyo's wins (府中市 is Tokyo's; 広島県府中市 is not).
 */
final class PlaceIndex {

    /** Island names that families use for the municipality (伊豆大島 = 大島町, 父島 = 小笠原村...). */
    private static final Map<String, List<String>> ISLAND_NAMES = Map.of(
            "大島町", List.of("伊豆大島", "いずおおしま", "大島", "おおしま"),
            "新島村", List.of("新島", "にいじま", "式根島", "しきねじま"),
            "神津島村", List.of("神津島", "こうづしま", "こうずしま"),
            "三宅村", List.of("三宅島", "みやけじま"),
            "御蔵島村", List.of("御蔵島", "みくらじま"),
            "八丈町", List.of("八丈島", "はちじょうじま", "八丈小島"),
            "利島村", List.of("利島", "としま"),
            "青ヶ島村", List.of("青ヶ島", "あおがしま"),
            "小笠原村", List.of("小笠原諸島", "おがさわらしょとう", "父島", "ちちじま", "母島", "ははじま"));

    private record Entry(Set<PlaceTarget> targets, boolean complete) {
    }

    /** The island names written in kana, as [municipality, reading] (for names in Latin letters: Hachijojima). */
    static List<String[]> islandReadings() {
        List<String[]> readings = new ArrayList<>();
        ISLAND_NAMES.forEach((municipality, names) -> names.stream()
                .filter(n -> n.chars().allMatch(ch -> PlaceText.isHiragana((char) ch)))
                .forEach(n -> readings.add(new String[] {municipality, n})));
        return readings;
    }

    private final Map<String, PlaceKey> keys;
    /** The longest spelling starting with each letter. */
    private final Map<Character, Integer> longestByFirstLetter;

    private PlaceIndex(Map<String, PlaceKey> keys) {
        this.keys = Map.copyOf(keys);
        Map<Character, Integer> longest = new HashMap<>();
        keys.keySet().forEach(k -> longest.merge(k.charAt(0), k.length(), Math::max));
        this.longestByFirstLetter = Map.copyOf(longest);
    }

    static PlaceIndex build(List<TokyoMunicipality> tokyo, OutsidePlaces outside) {
        Map<String, Entry> tokyoKeys = new HashMap<>();
        for (TokyoMunicipality m : tokyo) {
            PlaceTarget target = new PlaceTarget.Tokyo(m);
            add(tokyoKeys, m.name(), target, true);
            add(tokyoKeys, m.stem(), target, false);
            add(tokyoKeys, m.kana(), target, true);
            add(tokyoKeys, m.kanaStem(), target, false);
            // common misreadings of the suffix: 町 as ちょう, 村 as そん
            if (m.suffix() == '町') {
                add(tokyoKeys, m.kanaStem() + "ちょう", target, true);
            } else if (m.suffix() == '村') {
                add(tokyoKeys, m.kanaStem() + "そん", target, true);
            }
            for (String island : ISLAND_NAMES.getOrDefault(m.name(), List.of())) {
                // 八丈島, 父島: complete names in themselves; 大島, 新島: the name without its suffix
                add(tokyoKeys, island, target, !island.equals(m.stem()));
            }
        }
        Map<String, Entry> prefectureKeys = new HashMap<>();
        for (OutsidePlaces.Prefecture p : outside.prefectures()) {
            PlaceTarget target = new PlaceTarget.Outside(p.name());
            add(prefectureKeys, p.name(), target, true);
            add(prefectureKeys, p.stem(), target, false);
            add(prefectureKeys, p.kana(), target, true);
            add(prefectureKeys, p.kanaStem(), target, false);
        }
        Map<String, Entry> outsideKeys = new HashMap<>();
        Map<String, Entry> majorKeys = new HashMap<>();
        for (OutsidePlaces.City c : outside.cities()) {
            PlaceTarget target = new PlaceTarget.Outside(c.prefecture());
            Map<String, Entry> keys = c.major() ? majorKeys : outsideKeys;
            add(keys, c.name(), target, true);
            add(keys, c.kana(), target, true);
            if (c.isWard()) {
                add(keys, c.city() + c.name(), target, true); // 横浜市港北区
            } else if (c.major()) {
                // 横浜, よこはま; other names without their suffix are too often a Tokyo neighbourhood (上野, 綾瀬)
                add(keys, c.stem(), target, false);
                add(keys, c.kanaStem(), target, false);
            }
        }
        // a capital's or designated city's names win over a town's (やまがたし is 山形市 rather than 山県市), and a
        // prefecture's over both (山形 is 山形県, not 山形村)
        outsideKeys.putAll(majorKeys);
        outsideKeys.putAll(prefectureKeys);
        Map<String, PlaceKey> keys = new HashMap<>();
        outsideKeys.forEach((text, entry) -> keys.put(text, key(text, entry)));
        tokyoKeys.forEach((text, entry) -> keys.put(text, key(text, entry))); // Tokyo's names win
        return new PlaceIndex(keys);
    }

    private static void add(Map<String, Entry> keys, String spelling, PlaceTarget target, boolean complete) {
        String text = PlaceText.canonical(spelling);
        if (text.isEmpty()) {
            return;
        }
        Entry existing = keys.get(text);
        Set<PlaceTarget> targets = new LinkedHashSet<>(existing == null ? Set.of() : existing.targets());
        targets.add(target);
        keys.put(text, new Entry(targets, complete || (existing != null && existing.complete())));
    }

    private static PlaceKey key(String text, Entry entry) {
        boolean kana = text.chars().allMatch(ch -> PlaceText.isHiragana((char) ch) || ch == 'ー');
        PlaceKey.Form form = kana ? PlaceKey.Form.KANA
                : entry.complete() ? PlaceKey.Form.COMPLETE : PlaceKey.Form.STEM;
        return new PlaceKey(text, form, Set.copyOf(entry.targets()));
    }

    /** The spelling exactly equal to {@code text}, if any. */
    PlaceKey exactly(String text) {
        return keys.get(text);
    }

    /** The spellings that {@code text} starts with at {@code from}, longest first. */
    List<PlaceKey> prefixesAt(String text, int from) {
        if (from >= text.length()) {
            return List.of();
        }
        Integer longest = longestByFirstLetter.get(text.charAt(from));
        if (longest == null) {
            return List.of();
        }
        List<PlaceKey> found = new ArrayList<>(2);
        int max = Math.min(longest, text.length() - from);
        for (int len = max; len >= 1; len--) {
            PlaceKey key = keys.get(text.substring(from, from + len));
            if (key != null) {
                found.add(key);
            }
        }
        return found;
    }

    /**
     * The Tokyo municipality whose name without suffix is that of this complete name outside Tokyo with another
     * suffix (府中町 in 広島県, 府中市 in Tokyo; ふちゅうちょう / ふちゅう), if there is exactly one.
     */
    TokyoMunicipality tokyoWithSameStem(PlaceKey outsideName) {
        String text = outsideName.text();
        List<String> stems = new ArrayList<>();
        char last = text.charAt(text.length() - 1);
        if (PlaceSuffix.isSuffix(last)) {
            stems.add(text.substring(0, text.length() - 1));
        } else {
            for (char suffix : new char[] {'区', '市', '町', '村'}) {
                String stem = PlaceSuffix.kanaStem(text, suffix);
                if (!stem.equals(text)) {
                    stems.add(stem);
                }
            }
        }
        for (String stem : stems) {
            PlaceKey key = keys.get(stem);
            if (key != null && !key.ambiguous() && key.target() instanceof PlaceTarget.Tokyo tokyo
                    && !PlaceText.canonical(tokyo.municipality().name()).equals(text)) {
                return tokyo.municipality();
            }
        }
        return null;
    }

    /** All spellings that a near miss may be matched against. */
    List<PlaceKey> typoCandidates() {
        return keys.values().stream().filter(PlaceKey::typoCandidate).toList();
    }
}
