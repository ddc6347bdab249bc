package jp.tokyo.mcc.safety.internal;

import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.safety.SafetyAlert;

/**
 * The rules of one phrase file (emergency or disaster). A text is first cleared of the {@code ignore} phrases (talk
 * about emergencies, medicines and routine care named with the same words); then a trigger that matches, and no
 * file-wide {@code unless} phrase, makes an alert.
 */
record SafetyRules(SafetyAlert.Kind kind, List<String> answer, String flowState, List<Phrase> ignore,
                   List<Phrase> unless, List<SafetyRule> triggers) {

    SafetyRules {
        answer = List.copyOf(answer);
        ignore = List.copyOf(ignore);
        unless = List.copyOf(unless);
        triggers = List.copyOf(triggers);
    }

    static SafetyRules none(SafetyAlert.Kind kind) {
        return new SafetyRules(kind, List.of(), null, List.of(), List.of(), List.of());
    }

    /** The first trigger that fires for the normalized text, if any. */
    Optional<SafetyRule> firstMatch(String normalizedText) {
        if (triggers.isEmpty()) {
            return Optional.empty();
        }
        String text = normalizedText;
        for (Phrase p : ignore) {
            text = p.mask(text);
        }
        String masked = text;
        if (unless.stream().anyMatch(p -> p.in(masked))) {
            return Optional.empty();
        }
        return triggers.stream().filter(r -> r.matches(masked)).findFirst();
    }

    SafetyAlert alert() {
        return new SafetyAlert(kind, answer, flowState);
    }
}
