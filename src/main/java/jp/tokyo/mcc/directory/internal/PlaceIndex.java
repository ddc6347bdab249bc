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
 * Tokyo, the prefectures and their capitals and designated cities. Where a spelling names both a Tokyo place and
 * one outside Tokyo, Tokyo's wins.
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
        Map<String, Entry> outsideKeys = new HashMap<>();
        for (OutsidePlaces.Prefecture p : outside.prefectures()) {
            PlaceTarget target = new PlaceTarget.Outside(p.name());
            add(outsideKeys, p.name(), target, true);
            add(outsideKeys, p.stem(), target, false);
            add(outsideKeys, p.kana(), target, true);
            add(outsideKeys, p.kanaStem(), target, false);
        }
        for (OutsidePlaces.City c : outside.cities()) {
            PlaceTarget target = new PlaceTarget.Outside(c.prefecture());
            add(outsideKeys, c.name(), target, true);
            add(outsideKeys, c.stem(), target, false);
            add(outsideKeys, c.kana(), target, true);
            add(outsideKeys, c.kanaStem(), target, false);
        }
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

    /** All spellings that a near miss may be matched against. */
    List<PlaceKey> typoCandidates() {
        return keys.values().stream().filter(PlaceKey::typoCandidate).toList();
    }
}
