package jp.tokyo.mcc.safety.internal.rules;

import java.util.List;

import jp.tokyo.mcc.safety.SafetyTier;

/**
 * One sign of a tier file: it is seen when a word of every concept of {@code all} occurs in one sentence, close to
 * each other, and no word of {@code unless} occurs in that sentence. {@code below} / {@code above}: the sign also
 * needs a number after its words that is below (SpO2 85) or at least (熱 39度) that value.
 */
public record Sign(String name, SafetyTier tier, List<Concept> all, List<Concept> unless, Double below,
                   Double above) {

    public Sign {
        all = List.copyOf(all);
        unless = List.copyOf(unless);
    }

    public boolean needsNumber() {
        return below != null || above != null;
    }
}
