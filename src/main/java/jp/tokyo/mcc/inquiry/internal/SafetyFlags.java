package jp.tokyo.mcc.inquiry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.safety.SafetyTier;

/**
 * The counsellors' safety flag as stored: the safety net's tiers answered first (EMERGENCY, CRISIS, URGENT,
 * DISASTER; not preparation), comma-separated, most serious first.
 */
final class SafetyFlags {

    private SafetyFlags() {
    }

    /** The tiers of an assessment that flag an inquiry, most serious first. */
    static List<String> of(SafetyAssessment assessment) {
        if (assessment == null) {
            return List.of();
        }
        return assessment.tiers().stream().filter(SafetyTier::alarms).sorted().map(Enum::name).toList();
    }

    static List<String> merge(List<String> a, List<String> b) {
        Set<SafetyTier> tiers = EnumSet.noneOf(SafetyTier.class);
        for (String name : a) {
            tiers.add(SafetyTier.valueOf(name));
        }
        for (String name : b) {
            tiers.add(SafetyTier.valueOf(name));
        }
        return tiers.stream().map(Enum::name).toList();
    }

    static List<String> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<String> tiers = new ArrayList<>();
        for (String name : stored.split(",")) {
            if (Arrays.stream(SafetyTier.values()).anyMatch(t -> t.name().equals(name.strip()))) {
                tiers.add(name.strip());
            }
        }
        return merge(tiers, List.of());
    }

    static String write(List<String> tiers) {
        return tiers == null || tiers.isEmpty() ? null : String.join(",", tiers);
    }
}
