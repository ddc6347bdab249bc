package jp.tokyo.mcc.safety.internal.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.safety.internal.rules.Concept;
import jp.tokyo.mcc.safety.internal.text.KanaForms;

/**
 * The words of every concept, looked up by the keys of a text's words (dictionary form, spelling, reading) and by the
 * first two kana of their kana forms, so that finding them costs a few map look-ups per word of the text.
 */
final class ConceptIndex {

    record Entry(Concept concept, Concept.Term term) {
    }

    record KanaEntry(Concept concept, Concept.Term term, KanaForms.Form form) {
    }

    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, List<KanaEntry>> byKana = new HashMap<>();

    ConceptIndex(Set<Concept> concepts) {
        for (Concept c : concepts) {
            for (Concept.Term term : c.terms()) {
                Entry entry = new Entry(c, term);
                for (String key : term.pattern().firstKeys()) {
                    List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(entry)) {
                        list.add(entry);
                    }
                }
                for (KanaForms.Form form : term.pattern().kanaForms()) {
                    if (form.key().length() >= 2) {
                        byKana.computeIfAbsent(form.key().substring(0, 2), k -> new ArrayList<>())
                                .add(new KanaEntry(c, term, form));
                    }
                }
            }
        }
    }

    List<Entry> byKey(String key) {
        return key == null ? List.of() : byKey.getOrDefault(key, List.of());
    }

    List<KanaEntry> byKana(String firstTwo) {
        return byKana.getOrDefault(firstTwo, List.of());
    }
}
