package jp.tokyo.mcc.safety.internal.detect;

import jp.tokyo.mcc.safety.internal.rules.Concept;

/**
 * A word of a concept found in a text.
 *
 * @param start   offset of its first character in the analysed text
 * @param end     offset after its last character
 * @param negated followed by a negation (止まらない, 意識がない's ない is not: it is a word of its own)
 * @param typo    found in kana with one typing slip (it never hides a word inside it)
 */
record Mention(Concept concept, Concept.Term term, int start, int end, boolean negated, boolean typo) {

    boolean counts() {
        return term.accepts(negated);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
