package jp.tokyo.mcc.safety;

import java.util.Optional;

/** Looks at every text a family sends, in any state, before anything else. */
public interface SafetyCheck {

    /** An alert when the text suggests a medical emergency (first) or a disaster; empty otherwise. */
    Optional<SafetyAlert> check(String text);
}
