package jp.tokyo.mcc.safety.internal.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.safety.internal.rules.Concept;
import jp.tokyo.mcc.safety.internal.text.KanaForms;
import jp.tokyo.mcc.safety.internal.text.WordPattern;

/**
 * The words of every concept, looked up by the keys of a text's words (dictionary form, spelling, reading) and by the
 * first two kana of their kana forms, so that finding them costs a few map look-ups per word of the text. A word that
 * several concepts list is looked for once.
 */
final class ConceptIndex {

    /** A concept's use of a word. */
    record Use(Concept concept, Concept.Term term) {
    }

    record KanaEntry(WordPattern pattern, KanaForms.Form form) {
    }

    private final Map<String, List<WordPattern>> byKey = new HashMap<>();
    private final Map<String, List<KanaEntry>> byKana = new HashMap<>();
    private final Map<WordPattern, List<Use>> uses = new IdentityHashMap<>();

    ConceptIndex(Set<Concept> concepts) {
        for (Concept c : concepts) {
            for (Concept.Term term : c.terms()) {
                WordPattern pattern = term.pattern();
                List<Use> of = uses.get(pattern);
                if (of == null) {
                    uses.put(pattern, of = new ArrayList<>());
                    for (String key : pattern.firstKeys()) {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(pattern);
                    }
                    for (KanaForms.Form form : new LinkedHashSet<>(pattern.kanaForms())) {
                        if (form.key().length() >= 2) {
                            byKana.computeIfAbsent(form.key().substring(0, 2), k -> new ArrayList<>())
                                    .add(new KanaEntry(pattern, form));
                        }
                    }
                }
                of.add(new Use(c, term));
            }
        }
    }

    List<WordPattern> byKey(String key) {
        return key == null ? List.of() : byKey.getOrDefault(key, List.of());
    }

    List<KanaEntry> byKana(String key, int p) {
        if (p + 1 >= key.length()) {
            return List.of();
        }
        return byKana.getOrDefault(key.substring(p, p + 2), List.of());
    }

    List<Use> uses(WordPattern pattern) {
        return uses.getOrDefault(pattern, List.of());
    }
}
