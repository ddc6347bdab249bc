package jp.tokyo.mcc.safety.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.safety.internal.detect.Detection;
import jp.tokyo.mcc.safety.internal.languages.SafetyLanguages;
import jp.tokyo.mcc.safety.internal.languages.SafetyTranslation;
import jp.tokyo.mcc.safety.internal.languages.TierText;
import jp.tokyo.mcc.safety.internal.rules.Rulebook;
import jp.tokyo.mcc.safety.internal.rules.TierRules;
import jp.tokyo.mcc.shared.Language;

/**
 * What to answer for a detection: the most serious tier's answer, followed by the crisis answer when a parent in
 * crisis also wrote of an emergency (both matter); else the one-line reminder; else nothing.
 */
final class SafetyAnswers {

    static final int MAX_MESSAGES = 4;

    private SafetyAnswers() {
    }

    static SafetyAssessment of(Detection detection, Rulebook rules) {
        return of(detection, rules, SafetyLanguages.NONE);
    }

    /** The assessment in Japanese, with its variants in the languages that have a safety file. */
    static SafetyAssessment of(Detection detection, Rulebook rules, SafetyLanguages languages) {
        SafetyAssessment japanese = of(detection, rules, (SafetyTranslation) null);
        if (japanese.alert() == null && japanese.reminder() == null || languages.translations().isEmpty()) {
            return japanese;
        }
        Map<Language, SafetyAssessment> variants = new EnumMap<>(Language.class);
        languages.translations().forEach((l, t) -> variants.put(l, of(detection, rules, t)));
        return new SafetyAssessment(japanese.alert(), japanese.reminder(), japanese.tiers(), variants);
    }

    /** The assessment with the texts of {@code t} (null: Japanese); what it lacks is Japanese. */
    private static SafetyAssessment of(Detection detection, Rulebook rules, SafetyTranslation t) {
        Set<SafetyTier> alarms = detection.alarms();
        Set<SafetyTier> tiers = EnumSet.noneOf(SafetyTier.class);
        tiers.addAll(alarms);
        if (detection.preparation()) {
            tiers.add(SafetyTier.PREPARATION);
        }
        if (alarms.isEmpty()) {
            return new SafetyAssessment(null, detection.reminder() ? reminder(rules, t) : null, tiers);
        }
        SafetyTier first = alarms.iterator().next();
        TierRules primary = in(rules.tier(first), t);
        List<String> messages = new ArrayList<>(primary.answer());
        String offer = primary.counsellorOffer();
        String informed = primary.counsellorInformed();
        if (first != SafetyTier.CRISIS && alarms.contains(SafetyTier.CRISIS)) {
            TierRules crisis = in(rules.tier(SafetyTier.CRISIS), t);
            messages.addAll(crisis.answer());
            offer = offer != null ? offer : crisis.counsellorOffer();
            informed = informed != null ? informed : crisis.counsellorInformed();
        }
        if (messages.isEmpty()) {
            return new SafetyAssessment(null, reminder(rules, t), tiers); // a tier file without an answer
        }
        return new SafetyAssessment(new SafetyAlert(first, fit(messages), primary.flowState(), offer, informed), null,
                tiers);
    }

    /** A tier's texts in a language: its translation where there is one, else the Japanese. */
    private static TierRules in(TierRules japanese, SafetyTranslation t) {
        if (t == null || japanese.answer().isEmpty()) {
            return japanese;
        }
        TierText text = t.tier(japanese.tier());
        return new TierRules(japanese.tier(), text.answer().isEmpty() ? japanese.answer() : text.answer(),
                japanese.flowState(),
                japanese.counsellorOffer() == null ? null
                        : text.counsellorOffer() != null ? text.counsellorOffer() : japanese.counsellorOffer(),
                japanese.counsellorInformed() == null ? null
                        : text.counsellorInformed() != null ? text.counsellorInformed() : japanese.counsellorInformed(),
                japanese.signs());
    }

    private static String reminder(Rulebook rules, SafetyTranslation t) {
        return t != null && t.reminder() != null ? t.reminder() : rules.cues().reminder();
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
