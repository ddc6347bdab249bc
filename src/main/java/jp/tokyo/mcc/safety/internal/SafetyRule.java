package jp.tokyo.mcc.safety.internal;

import java.util.List;

/**
 * One trigger of a phrase file: it fires when the text holds a phrase of every group (a single group: any of its
 * phrases) and none of its {@code unless} phrases.
 */
record SafetyRule(String name, List<List<Phrase>> groups, List<Phrase> unless) {

    SafetyRule {
        groups = groups.stream().map(List::copyOf).toList();
        unless = List.copyOf(unless);
    }

    boolean matches(String normalizedText) {
        for (List<Phrase> group : groups) {
            if (group.stream().noneMatch(p -> p.in(normalizedText))) {
                return false;
            }
        }
        return unless.stream().noneMatch(p -> p.in(normalizedText));
    }
}
