package jp.tokyo.mcc.safety.internal.detect;

import java.util.ArrayList;
import java.util.Collections;
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

    private static final char HIRAGANA_FIRST = '\u3040';
    private static final int HIRAGANA_COUNT = 0x60;

    private final Map<String, List<WordPattern>> byKey = new HashMap<>();
    /** By the first two kana of a form when both are hiragana (U+3040..U+309F), without a string per look-up. */
    private final List<List<KanaEntry>> byHiraganaPair = new ArrayList<>(
            Collections.nCopies(HIRAGANA_COUNT * HIRAGANA_COUNT, null));
    /** By the first two characters of the other forms. */
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
                            kanaList(form.key(), 0).add(new KanaEntry(pattern, form));
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
        int pair = hiraganaPair(key, p);
        List<KanaEntry> found = pair >= 0 ? byHiraganaPair.get(pair)
                : byKana.isEmpty() ? null : byKana.get(key.substring(p, p + 2));
        return found == null ? List.of() : found;
    }

    private List<KanaEntry> kanaList(String key, int p) {
        int pair = hiraganaPair(key, p);
        if (pair < 0) {
            return byKana.computeIfAbsent(key.substring(p, p + 2), k -> new ArrayList<>());
        }
        if (byHiraganaPair.get(pair) == null) {
            byHiraganaPair.set(pair, new ArrayList<>());
        }
        return byHiraganaPair.get(pair);
    }

    /** The slot of two hiragana at {@code p}, or -1 when either is another character. */
    private static int hiraganaPair(String key, int p) {
        int a = key.charAt(p) - HIRAGANA_FIRST;
        int b = key.charAt(p + 1) - HIRAGANA_FIRST;
        return a >= 0 && a < HIRAGANA_COUNT && b >= 0 && b < HIRAGANA_COUNT ? a * HIRAGANA_COUNT + b : -1;
    }

    List<Use> uses(WordPattern pattern) {
        return uses.getOrDefault(pattern, List.of());
    }
}
