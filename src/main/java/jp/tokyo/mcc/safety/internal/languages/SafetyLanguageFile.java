package jp.tokyo.mcc.safety.internal.languages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.shared.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * One language's safety file, {@code languages/<language>/safety.yaml}: the answers of the tiers and the reminder in
 * that language, and (for a language the Japanese words do not read, such as English) the words that trigger each
 * tier and the context cues. A problem makes the file not go live (Japanese answers and no extra words, as before).
 */
public final class SafetyLanguageFile {

    public static final String NAME = "safety.yaml";
    static final int MAX_ANSWERS = 4;
    static final int MAX_TEXT = 1000;
    private static final Set<String> TOP = Set.of("reminder", "cues", "emergency", "crisis", "urgent", "disaster",
            "preparation");
    private static final Set<String> TIER_KEYS = Set.of("answer", "offer-counsellor", "counsellor-informed", "words");
    private static final Set<String> CUES = Set.of("about", "frame", "calm", "worry");

    /** What was read: the translation, the signs (possibly none), and the problems (empty when it can go live). */
    public record Read(SafetyTranslation translation, PhraseSigns signs, List<String> problems) {
    }

    private SafetyLanguageFile() {
    }

    public static Read read(Language language, String yaml) {
        List<String> problems = new ArrayList<>();
        Object root;
        try {
            root = new Yaml(new LoaderOptions()).load(yaml);
        } catch (RuntimeException e) {
            return new Read(SafetyTranslation.none(language), none(), List.of(problem("unreadable")));
        }
        if (root == null) {
            return new Read(SafetyTranslation.none(language), none(), List.of());
        }
        if (!(root instanceof Map<?, ?> map)) {
            return new Read(SafetyTranslation.none(language), none(), List.of(problem("not-mapping")));
        }
        for (Object k : map.keySet()) {
            if (!TOP.contains(String.valueOf(k))) {
                problems.add(problem("unknown-key", k, String.join(", ", TOP)));
            }
        }
        String reminder = text(map.get("reminder"), "reminder", problems);
        Map<SafetyTier, TierText> tiers = new EnumMap<>(SafetyTier.class);
        Map<SafetyTier, List<String>> words = new EnumMap<>(SafetyTier.class);
        for (SafetyTier t : SafetyTier.values()) {
            String name = t.name().toLowerCase(Locale.ROOT);
            Object v = map.get(name);
            if (v == null) {
                continue;
            }
            if (!(v instanceof Map<?, ?> tier)) {
                problems.add(problem("tier-shape", name));
                continue;
            }
            for (Object k : tier.keySet()) {
                if (!TIER_KEYS.contains(String.valueOf(k))) {
                    problems.add(problem("unknown-key", name + " / " + k, String.join(", ", TIER_KEYS)));
                }
            }
            List<String> answer = texts(tier.get("answer"), name + " / answer", problems);
            if (answer.size() > MAX_ANSWERS) {
                problems.add(problem("answer-count", name, MAX_ANSWERS));
            }
            if (t == SafetyTier.PREPARATION && !answer.isEmpty()) {
                problems.add(problem("preparation-answer"));
            }
            tiers.put(t, new TierText(answer, text(tier.get("offer-counsellor"), name + " / offer-counsellor", problems),
                    text(tier.get("counsellor-informed"), name + " / counsellor-informed", problems)));
            words.put(t, texts(tier.get("words"), name + " / words", problems));
        }
        Map<String, List<String>> cues = new LinkedHashMap<>();
        if (map.get("cues") instanceof Map<?, ?> c) {
            c.forEach((k, v) -> {
                if (!CUES.contains(String.valueOf(k))) {
                    problems.add(problem("unknown-key", "cues / " + k, String.join(", ", CUES)));
                } else {
                    cues.put(String.valueOf(k), texts(v, "cues / " + k, problems));
                }
            });
        } else if (map.get("cues") != null) {
            problems.add(problem("cues-shape"));
        }
        return new Read(new SafetyTranslation(language, reminder, Map.copyOf(tiers)), new PhraseSigns(words, cues),
                List.copyOf(problems));
    }

    private static String problem(String key, Object... args) {
        return Problems.text(key, args);
    }

    public static PhraseSigns none() {
        return new PhraseSigns(Map.of(), Map.of());
    }

    private static String text(Object v, String what, List<String> problems) {
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).strip();
        if (s.isEmpty() || v instanceof Map || v instanceof List) {
            problems.add(problem("empty", what));
            return null;
        }
        if (s.length() > MAX_TEXT) {
            problems.add(problem("too-long", what, MAX_TEXT));
        }
        return s;
    }

    private static List<String> texts(Object v, String what, List<String> problems) {
        if (v == null) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                String s = text(o, what, problems);
                if (s != null) {
                    list.add(s);
                }
            }
        } else {
            String s = text(v, what, problems);
            if (s != null) {
                list.add(s);
            }
        }
        return list;
    }
}
