package jp.tokyo.mcc.safety.internal.languages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.shared.Language;

/**
 * The safety net's answers in one language: each tier's answer and the one-line reminder. What is missing is said in
 * Japanese ({@link #gaps}).
 */
public record SafetyTranslation(Language language, String reminder, Map<SafetyTier, TierText> tiers) {

    public static SafetyTranslation none(Language language) {
        return new SafetyTranslation(language, null, Map.of());
    }

    public TierText tier(SafetyTier tier) {
        return tiers.getOrDefault(tier, new TierText(List.of(), null, null));
    }

    /** What has no translation: {@code reminder}, or a tier's {@code answer}, {@code offer-counsellor}... */
    public List<String> gaps(Map<SafetyTier, Boolean> japaneseHasOffer, Map<SafetyTier, Boolean> japaneseHasInformed) {
        List<String> gaps = new ArrayList<>();
        if (reminder == null) {
            gaps.add("reminder");
        }
        for (SafetyTier t : SafetyTier.values()) {
            if (!t.alarms()) {
                continue;
            }
            TierText text = tier(t);
            String name = t.name().toLowerCase(java.util.Locale.ROOT);
            if (text.answer().isEmpty()) {
                gaps.add(name + " / answer");
            }
            if (Boolean.TRUE.equals(japaneseHasOffer.get(t)) && text.counsellorOffer() == null) {
                gaps.add(name + " / offer-counsellor");
            }
            if (Boolean.TRUE.equals(japaneseHasInformed.get(t)) && text.counsellorInformed() == null) {
                gaps.add(name + " / counsellor-informed");
            }
        }
        return gaps;
    }
}
