package jp.tokyo.mcc.safety;

import java.util.List;

/**
 * The answer to send first, before anything else, to a message in which the safety net saw a tier in earnest.
 *
 * @param tier               the most serious tier seen
 * @param messages           the texts to send, in order, from the tier files (at most four)
 * @param flowState          where the conversation may offer to go next, as {@code flowId:stateId} (the disaster path
 *                           {@code intake:disaster}); null when the conversation simply continues where it was
 * @param counsellorOffer    for a family who is not talking to a counsellor: a text that offers the way to one, to
 *                           send with the counsellor button (a parent in crisis); null when there is none
 * @param counsellorInformed for a family who is talking to a counsellor already: a text saying their message reaches
 *                           the counsellor; null when there is none
 */
public record SafetyAlert(SafetyTier tier, List<String> messages, String flowState, String counsellorOffer,
                          String counsellorInformed) {

    public SafetyAlert {
        messages = List.copyOf(messages);
    }

    /** Whether the answer offers the way to a counsellor. */
    public boolean offerCounsellor() {
        return counsellorOffer != null;
    }

    /** The texts for a family talking to a counsellor already: the messages, then {@link #counsellorInformed}. */
    public List<String> messagesWithCounsellor() {
        if (counsellorInformed == null) {
            return messages;
        }
        List<String> all = new java.util.ArrayList<>(messages);
        all.add(counsellorInformed);
        return List.copyOf(all);
    }
}
