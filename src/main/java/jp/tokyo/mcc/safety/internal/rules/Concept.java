package jp.tokyo.mcc.safety.internal.rules;

import java.util.List;

import jp.tokyo.mcc.safety.internal.text.WordPattern;

/**
 * A named group of words that mean one thing for the safety net (呼吸: 息, 呼吸, いき...; 止まった: 停止, 止まる in
 * its affirmed forms), from {@code flows/safety/words.yaml}, or the words of a context cue.
 */
public record Concept(String name, List<Term> terms) {

    /** Whether a word counts in any form, only negated (止まらない), or only affirmed (止まった). */
    public enum Form { ANY, NEGATED, AFFIRMED }

    /** One word of a concept and the form it must be in. */
    public record Term(WordPattern pattern, Form form) {

        public boolean accepts(boolean negated) {
            return form == Form.ANY || (form == Form.NEGATED) == negated;
        }
    }

    public Concept {
        terms = List.copyOf(terms);
    }

    /** Concepts are compared by identity: each is read once from its file, and the detector keys maps by them. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
