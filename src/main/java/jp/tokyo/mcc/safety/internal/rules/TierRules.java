package jp.tokyo.mcc.safety.internal.rules;

import java.util.List;

import jp.tokyo.mcc.safety.SafetyTier;

/**
 * One tier file ({@code flows/safety/emergency.yaml}, urgent, crisis, disaster, preparation): the answer sent first
 * when one of its signs is seen in earnest, and its signs.
 *
 * @param answer          the texts to send (empty for preparation, which the FAQ answers)
 * @param flowState       where the conversation may offer to go next ({@code intake:disaster}); may be null
 * @param offerCounsellor whether the answer offers to reach a counsellor (crisis)
 */
public record TierRules(SafetyTier tier, List<String> answer, String flowState, boolean offerCounsellor,
                        List<Sign> signs) {

    public TierRules {
        answer = List.copyOf(answer);
        signs = List.copyOf(signs);
    }

    public static TierRules none(SafetyTier tier) {
        return new TierRules(tier, List.of(), null, false, List.of());
    }
}
