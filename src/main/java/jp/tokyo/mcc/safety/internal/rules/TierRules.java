package jp.tokyo.mcc.safety.internal.rules;

import java.util.List;

import jp.tokyo.mcc.safety.SafetyTier;

/**
 * One tier file ({@code flows/safety/emergency.yaml}, urgent, crisis, disaster, preparation): the answer sent first
 * when one of its signs is seen in earnest, and its signs.
 *
 * @param answer             the texts to send (empty for preparation, which the FAQ answers)
 * @param flowState          where the conversation may offer to go next ({@code intake:disaster}); may be null
 * @param counsellorOffer    a text that offers the way to a counsellor, sent with the counsellor button to a family
 *                           who is not talking to one (crisis); may be null
 * @param counsellorInformed a text for a family who is talking to a counsellor already (their message reaches the
 *                           counsellor, and the inquiry is flagged); may be null
 */
public record TierRules(SafetyTier tier, List<String> answer, String flowState, String counsellorOffer,
                        String counsellorInformed, List<Sign> signs) {

    public TierRules {
        answer = List.copyOf(answer);
        signs = List.copyOf(signs);
    }

    public static TierRules none(SafetyTier tier) {
        return new TierRules(tier, List.of(), null, null, null, List.of());
    }
}
