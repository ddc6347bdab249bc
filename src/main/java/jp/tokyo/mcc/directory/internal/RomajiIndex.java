package jp.tokyo.mcc.directory.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Place names written in Latin letters (Hachioji, Setagaya-ku, Fuchu-shi, Tokyo Minato City, Yokohama, Osaka):
 * every reading of {@link PlaceIndex} in {@link Romaji#loose loose romaji}. Where a spelling is Tokyo's and another
 * place's, Tokyo's wins. Built once; thread-safe.
 */
final class RomajiIndex {

    /** Words around a place name that say nothing about which one it is. */
    private static final Set<String> NOISE = Set.of("tokyo", "tokyoto", "to", "japan", "city", "ward", "town",
            "village", "metropolis", "i", "live", "in", "im", "my", "address", "is", "the", "of");
    /** The suffixes' readings in loose romaji: -ku, -shi, -cho, -machi, -mura, -son. */
    private static final java.util.List<String> SUFFIXES = java.util.List.of("ku", "si", "tyo", "mati", "mura", "son");
    /** Shorter answers are not looked at for near misses: too many names are one letter apart. */
    private static final int MIN_TYPO_LENGTH = 5;

    private final Map<String, Set<PlaceTarget>> keys;
    private final Map<String, TokyoMunicipality> tokyoKeys = new HashMap<>();

    RomajiIndex(List<TokyoMunicipality> tokyo, List<String[]> islandReadings, OutsidePlaces outside) {
        Map<String, Set<PlaceTarget>> outsideKeys = new HashMap<>();
        Map<String, Set<PlaceTarget>> majorKeys = new HashMap<>();
        for (OutsidePlaces.City c : outside.cities()) {
            if (c.major()) {
                add(majorKeys, c.kana(), new PlaceTarget.Outside(c.prefecture()));
                add(majorKeys, c.kanaStem(), new PlaceTarget.Outside(c.prefecture()));
            } else {
                add(outsideKeys, c.kana(), new PlaceTarget.Outside(c.prefecture()));
            }
        }
        outsideKeys.putAll(majorKeys); // Yamagata-shi is the capital
        Map<String, Set<PlaceTarget>> prefectureKeys = new HashMap<>();
        for (OutsidePlaces.Prefecture p : outside.prefectures()) {
            add(prefectureKeys, p.kana(), new PlaceTarget.Outside(p.name()));
            add(prefectureKeys, p.kanaStem(), new PlaceTarget.Outside(p.name()));
        }
        outsideKeys.putAll(prefectureKeys); // Yamagata is the prefecture
        Map<String, Set<PlaceTarget>> tokyoTargets = new HashMap<>();
        for (TokyoMunicipality m : tokyo) {
            PlaceTarget target = new PlaceTarget.Tokyo(m);
            add(tokyoTargets, m.kana(), target);
            add(tokyoTargets, m.kanaStem(), target);
            for (String suffix : PlaceSuffix.readings(m.suffix())) {
                add(tokyoTargets, m.kanaStem() + suffix, target);
            }
        }
        for (String[] island : islandReadings) {
            tokyo.stream().filter(m -> m.name().equals(island[0])).findFirst()
                    .ifPresent(m -> add(tokyoTargets, island[1], new PlaceTarget.Tokyo(m)));
        }
        Map<String, Set<PlaceTarget>> all = new HashMap<>(outsideKeys);
        all.putAll(tokyoTargets); // Tokyo's readings win
        this.keys = Map.copyOf(all);
        tokyoTargets.forEach((key, targets) -> {
            if (targets.size() == 1) {
                tokyoKeys.put(key, ((PlaceTarget.Tokyo) targets.iterator().next()).municipality());
            }
        });
    }

    private static void add(Map<String, Set<PlaceTarget>> keys, String kana, PlaceTarget target) {
        String romaji = Romaji.fromKana(kana);
        if (romaji != null && romaji.length() >= 2) {
            keys.computeIfAbsent(Romaji.loose(romaji), k -> new LinkedHashSet<>()).add(target);
        }
    }

    /** What an answer in Latin letters names. */
    RawMatch match(String answer) {
        StringBuilder joined = new StringBuilder();
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String word : answer.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}'’-]+")) {
            String w = word.replaceAll("[-'’]", "");
            if (!w.isEmpty() && !NOISE.contains(w)) {
                joined.append(w);
                words.add(w);
            }
        }
        String key = Romaji.loose(joined.toString());
        if (key.length() < 2) {
            return new RawMatch.Unknown();
        }
        Set<PlaceTarget> targets = keys.get(key);
        if (targets != null) {
            return of(key, targets);
        }
        if (words.size() > 1) {
            // Fuchu-cho, Hiroshima; Hino-cho Shiga: the words on their own, where they agree on one prefecture
            Set<String> common = null;
            for (String w : words) {
                Set<PlaceTarget> named = keys.get(Romaji.loose(w));
                if (named == null) {
                    continue;
                }
                Set<String> prefectures = new java.util.HashSet<>();
                for (PlaceTarget t : named) {
                    prefectures.add(t instanceof PlaceTarget.Outside o ? o.prefecture() : null);
                }
                if (common == null) {
                    common = prefectures;
                } else {
                    common.retainAll(prefectures);
                }
            }
            if (common != null && common.size() == 1 && !common.contains(null)) {
                return new RawMatch.OutsideTokyo(common.iterator().next());
            }
        }
        return nearMiss(key);
    }

    private RawMatch of(String key, Set<PlaceTarget> targets) {
        boolean allOutside = targets.stream().allMatch(PlaceTarget.Outside.class::isInstance);
        if (allOutside) {
            // Fuchu-cho is Hiroshima's, but Fuchu is Tokyo's: ask back
            for (String suffix : SUFFIXES) {
                TokyoMunicipality tokyo = key.endsWith(suffix) ? tokyoKeys.get(key.substring(0, key.length()
                        - suffix.length())) : null;
                if (tokyo != null) {
                    return new RawMatch.Suggestion(tokyo, true);
                }
            }
        }
        if (targets.size() == 1) {
            PlaceTarget target = targets.iterator().next();
            return target instanceof PlaceTarget.Tokyo tokyo ? new RawMatch.Found(tokyo.municipality())
                    : new RawMatch.OutsideTokyo(((PlaceTarget.Outside) target).prefecture());
        }
        return allOutside ? new RawMatch.OutsideTokyo(null) : new RawMatch.Unknown();
    }

    /** One letter off exactly one Tokyo municipality's reading (Setagya, Hachiouij): a suggestion. */
    private RawMatch nearMiss(String key) {
        if (key.length() < MIN_TYPO_LENGTH) {
            return new RawMatch.Unknown();
        }
        TokyoMunicipality candidate = null;
        for (Map.Entry<String, TokyoMunicipality> e : tokyoKeys.entrySet()) {
            if (EditDistance.atMostOne(key, e.getKey())) {
                if (candidate != null && candidate != e.getValue()) {
                    return new RawMatch.Unknown();
                }
                candidate = e.getValue();
            }
        }
        return candidate == null ? new RawMatch.Unknown() : new RawMatch.Suggestion(candidate);
    }
}
