package jp.tokyo.mcc.safety.internal.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.safety.internal.rules.Concept;
import jp.tokyo.mcc.safety.internal.text.AnalyzedText;

/** The mentions found in one text, by concept, with the text. */
final class Mentions {

    private final AnalyzedText text;
    private final Map<Concept, List<Mention>> byConcept = new HashMap<>();
    private final Map<Concept, List<Mention>> counting = new HashMap<>();

    Mentions(AnalyzedText text, List<Mention> found) {
        this.text = text;
        for (Mention m : found) {
            byConcept.computeIfAbsent(m.concept(), c -> new ArrayList<>()).add(m);
            if (m.counts()) {
                counting.computeIfAbsent(m.concept(), c -> new ArrayList<>()).add(m);
            }
        }
    }

    /** Whether no mention counts (no sign can be seen). */
    boolean noneCount() {
        return counting.isEmpty();
    }

    AnalyzedText text() {
        return text;
    }

    /** The mentions of a concept that are in the form the concept asks for. */
    List<Mention> of(Concept concept) {
        return counting.getOrDefault(concept, List.of());
    }

    /** Whether a counting mention of the concept lies within [from, to). */
    boolean any(Concept concept, int from, int to) {
        for (Mention m : of(concept)) {
            if (m.start() >= from && m.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** The end of the first counting mention of the concept within [from, to), or -1. */
    int firstEnd(Concept concept, int from, int to) {
        for (Mention m : of(concept)) {
            if (m.start() >= from && m.end() <= to) {
                return m.end();
            }
        }
        return -1;
    }

    boolean inside(Concept concept, int offset) {
        for (Mention m : byConcept.getOrDefault(concept, List.of())) {
            if (m.start() <= offset && offset < m.end()) {
                return true;
            }
        }
        return false;
    }
}
