package jp.tokyo.mcc.safety.internal.detect;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.safety.SafetyTier;

/** What the detector made of one text: every finding, and what they add up to. */
public record Detection(List<Finding> findings) {

    public static final Detection NOTHING = new Detection(List.of());

    public Detection {
        findings = List.copyOf(findings);
    }

    /** The tiers to answer with at once, most serious first. */
    public Set<SafetyTier> alarms() {
        Set<SafetyTier> tiers = EnumSet.noneOf(SafetyTier.class);
        for (Finding f : findings) {
            if (f.outcome() == Finding.Outcome.ALARM) {
                tiers.add(f.tier());
            }
        }
        return tiers;
    }

    /** A sign was seen but talked about, and nothing calls for an answer of its own. */
    public boolean reminder() {
        return alarms().isEmpty() && findings.stream().anyMatch(f -> f.outcome() == Finding.Outcome.REMINDER);
    }

    /** A disaster-preparation question, and nothing more serious. */
    public boolean preparation() {
        return alarms().isEmpty() && findings.stream().anyMatch(f -> f.outcome() == Finding.Outcome.PREPARATION);
    }

    /** The one outcome that sums the text up: the most serious alarm, else REMINDER, PREPARATION or NONE. */
    public String summary() {
        Set<SafetyTier> alarms = alarms();
        if (!alarms.isEmpty()) {
            return alarms.iterator().next().name();
        }
        return reminder() ? "REMINDER" : preparation() ? "PREPARATION" : "NONE";
    }
}
