package jp.tokyo.mcc.safety;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tokyo.mcc.shared.Language;

/**
 * What the safety net makes of one message.
 *
 * @param alert    the answer to send first (null: none)
 * @param reminder one line to put above the normal answer when the message talks about an emergency rather than
 *                 having one (「救急車を呼ぶ目安は？」); null when there is an alert or nothing to remind
 * @param tiers    every tier the message triggered in earnest (for the counsellors' flag), and PREPARATION for a
 *                 disaster-preparation question (answered by the FAQ, never by the disaster alarm)
 * @param languages the same assessment with its texts in the other languages the bot speaks (what has no
 *                  translation stays Japanese); a language not there reads it in Japanese
 */
public record SafetyAssessment(SafetyAlert alert, String reminder, Set<SafetyTier> tiers,
                               Map<Language, SafetyAssessment> languages) {

    public static final SafetyAssessment NOTHING = new SafetyAssessment(null, null, Set.of());

    public SafetyAssessment {
        tiers = tiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tiers));
        languages = languages == null ? Map.of() : Map.copyOf(languages);
    }

    public SafetyAssessment(SafetyAlert alert, String reminder, Set<SafetyTier> tiers) {
        this(alert, reminder, tiers, Map.of());
    }

    /** The assessment with its texts in the family's language (Japanese where there is no translation). */
    public SafetyAssessment in(Language language) {
        if (language == null || language.isJapanese()) {
            return this;
        }
        return languages.getOrDefault(language, this);
    }

    public Optional<SafetyAlert> alarm() {
        return Optional.ofNullable(alert);
    }

    /** Whether counsellors should see a safety flag on an inquiry with this message in it. */
    public boolean flagged() {
        return tiers.stream().anyMatch(SafetyTier::alarms);
    }

    /** A disaster-preparation question: the text goes on to the normal (FAQ) answer. */
    public boolean preparation() {
        return alert == null && tiers.contains(SafetyTier.PREPARATION);
    }
}
