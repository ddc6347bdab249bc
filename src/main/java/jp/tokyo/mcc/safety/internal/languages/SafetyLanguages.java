package jp.tokyo.mcc.safety.internal.languages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.tokyo.mcc.safety.internal.detect.Finding;
import jp.tokyo.mcc.shared.Language;
import org.springframework.core.io.Resource;

/**
 * The safety net in the other languages: each language's answers ({@link SafetyTranslation}) and words
 * ({@link PhraseSigns}), from {@code languages/<language>/safety.yaml}. Detection reads every language's words
 * whatever the family reads; only the answer follows the family's language.
 */
public record SafetyLanguages(Map<Language, SafetyTranslation> translations, Map<Language, PhraseSigns> signs,
                              Map<Language, List<String>> problems) {

    public static final SafetyLanguages NONE = new SafetyLanguages(Map.of(), Map.of(), Map.of());

    /** The path of a language's file under flows/. */
    public static String path(Language language) {
        return "languages/" + language.code() + "/" + SafetyLanguageFile.NAME;
    }

    /**
     * Reads every language's file; a file with problems keeps {@code lastGood}'s version of that language (or none).
     */
    public static SafetyLanguages load(Function<String, Resource> file, SafetyLanguages lastGood) {
        Map<Language, SafetyTranslation> translations = new EnumMap<>(Language.class);
        Map<Language, PhraseSigns> signs = new EnumMap<>(Language.class);
        Map<Language, List<String>> problems = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            if (l.isJapanese()) {
                continue;
            }
            Resource r = file.apply(path(l));
            if (r == null || !r.exists()) {
                continue;
            }
            SafetyLanguageFile.Read read;
            try {
                read = SafetyLanguageFile.read(l, r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                read = new SafetyLanguageFile.Read(SafetyTranslation.none(l), SafetyLanguageFile.none(),
                        List.of(e.getClass().getSimpleName()));
            }
            if (read.problems().isEmpty()) {
                translations.put(l, read.translation());
                signs.put(l, read.signs());
            } else {
                problems.put(l, read.problems());
                if (lastGood != null && lastGood.translations().containsKey(l)) {
                    translations.put(l, lastGood.translations().get(l));
                    signs.put(l, lastGood.signs().get(l));
                }
            }
        }
        return new SafetyLanguages(Map.copyOf(translations), Map.copyOf(signs), Map.copyOf(problems));
    }

    /** The findings of every language's words in a text. */
    public List<Finding> detect(String text) {
        List<Finding> all = new ArrayList<>();
        signs.values().forEach(s -> all.addAll(s.detect(text)));
        return all;
    }

    /** What a language's answers lack of the Japanese ones: {@code reminder}, {@code crisis / answer}... */
    public List<String> gaps(Language language, jp.tokyo.mcc.safety.internal.rules.Rulebook rules) {
        return SafetyLanguageFileKind.gaps(translation(language), rules);
    }

    public SafetyTranslation translation(Language language) {
        return translations.getOrDefault(language, SafetyTranslation.none(language));
    }
}
