package jp.tokyo.mcc.safety.internal.detect;

import jp.tokyo.mcc.safety.SafetyTier;

/**
 * What a seen sign means once its context is weighed.
 *
 * @param sign    the sign's name (for administrators and tests; never logged with a family's text)
 * @param seen    the tier of the sign's file
 * @param tier    the tier to answer with (null: no tier; a reminder, or nothing)
 * @param outcome how it is answered
 */
public record Finding(String sign, SafetyTier seen, SafetyTier tier, Outcome outcome, String why) {

    public enum Outcome {
        /** The tier's own answer first. */
        ALARM,
        /** A one-line reminder above the normal answer: a sign, but talked about rather than happening. */
        REMINDER,
        /** Disaster preparation: the normal (FAQ) answer, never the live-disaster alarm. */
        PREPARATION,
        /** Nothing (crisis words in talk about training or prevention). */
        NONE
    }

    @Override
    public String toString() {
        return seen + ":" + sign + " -> " + (tier == null ? outcome : tier) + (why.isEmpty() ? "" : " (" + why + ")");
    }
}
