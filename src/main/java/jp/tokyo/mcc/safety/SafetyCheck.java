package jp.tokyo.mcc.safety;

import java.util.Optional;

/** Looks at every text a family sends, in any state, before anything else. */
public interface SafetyCheck {

    /** What the text means for the family's safety; {@link SafetyAssessment#NOTHING} for ordinary texts. */
    SafetyAssessment assess(String text);

    /** The answer to send first, if any (the alert of {@link #assess}). */
    default Optional<SafetyAlert> check(String text) {
        return assess(text).alarm();
    }
}
