package jp.tokyo.mcc.safety;

import java.util.List;

/**
 * The answer to send first, before anything else, to a message in which the safety net saw a tier in earnest.
 *
 * @param tier            the most serious tier seen
 * @param messages        the texts to send, in order, from the tier files (at most five)
 * @param flowState       where the conversation may offer to go next, as {@code flowId:stateId} (the disaster path
 *                        {@code intake:disaster}); null when the conversation simply continues where it was
 * @param offerCounsellor whether to offer the way to a counsellor with it (a parent in crisis)
 */
public record SafetyAlert(SafetyTier tier, List<String> messages, String flowState, boolean offerCounsellor) {

    public SafetyAlert {
        messages = List.copyOf(messages);
    }
}
