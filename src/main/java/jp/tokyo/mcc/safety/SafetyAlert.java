package jp.tokyo.mcc.safety;

import java.util.List;

/**
 * What to answer at once to a message that suggests an emergency or a disaster.
 *
 * @param kind     emergency (call 119 now) or disaster (171, municipality, medical providers)
 * @param messages the texts to send, in order, from the phrase files (1-3 texts)
 * @param flowState where the conversation may offer to continue, as {@code flowId:stateId} (e.g. the disaster path
 *                 {@code intake:disaster}); null when the conversation simply continues where it was
 */
public record SafetyAlert(Kind kind, List<String> messages, String flowState) {

    public enum Kind { EMERGENCY, DISASTER }

    public SafetyAlert {
        messages = List.copyOf(messages);
    }
}
