package jp.tokyo.mcc.safety.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.safety.internal.detect.Detection;
import jp.tokyo.mcc.safety.internal.rules.Rulebook;
import jp.tokyo.mcc.safety.internal.rules.TierRules;

/**
 * What to answer for a detection: the most serious tier's answer, followed by the crisis answer when a parent in
 * crisis also wrote of an emergency (both matter); else the one-line reminder; else nothing.
 */
final class SafetyAnswers {

    static final int MAX_MESSAGES = 4;

    private SafetyAnswers() {
    }

    static SafetyAssessment of(Detection detection, Rulebook rules) {
        Set<SafetyTier> alarms = detection.alarms();
        Set<SafetyTier> tiers = EnumSet.noneOf(SafetyTier.class);
        tiers.addAll(alarms);
        if (detection.preparation()) {
            tiers.add(SafetyTier.PREPARATION);
        }
        if (alarms.isEmpty()) {
            return new SafetyAssessment(null, detection.reminder() ? rules.cues().reminder() : null, tiers);
        }
        SafetyTier first = alarms.iterator().next();
        TierRules primary = rules.tier(first);
        List<String> messages = new ArrayList<>(primary.answer());
        String offer = primary.counsellorOffer();
        String informed = primary.counsellorInformed();
        if (first != SafetyTier.CRISIS && alarms.contains(SafetyTier.CRISIS)) {
            TierRules crisis = rules.tier(SafetyTier.CRISIS);
            messages.addAll(crisis.answer());
            offer = offer != null ? offer : crisis.counsellorOffer();
            informed = informed != null ? informed : crisis.counsellorInformed();
        }
        if (messages.isEmpty()) {
            return new SafetyAssessment(null, rules.cues().reminder(), tiers); // a tier file without an answer
        }
        return new SafetyAssessment(new SafetyAlert(first, fit(messages), primary.flowState(), offer, informed), null,
                tiers);
    }

    /** At most four texts (a LINE reply holds five; the counsellor's line or the question asked again comes after). */
    private static List<String> fit(List<String> messages) {
        int max = MAX_MESSAGES;
        if (messages.size() <= max) {
            return messages;
        }
        List<String> fitted = new ArrayList<>(messages.subList(0, max - 1));
        fitted.add(String.join("\n\n", messages.subList(max - 1, messages.size())));
        return fitted;
    }
}
