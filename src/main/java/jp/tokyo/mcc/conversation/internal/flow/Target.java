package jp.tokyo.mcc.conversation.internal.flow;

/**
 * Where a choice, command or {@code next} leads: a state of the same flow ({@code center}) or of another flow
 * ({@code handoff:start}).
 *
 * @param flow  the flow id (never null once resolved against the owning flow)
 * @param state the state id
 * @param line  1-based line in the file where it was written (0 when unknown)
 */
public record Target(String flow, String state, int line) {

    /** Reads {@code state} or {@code flow:state}, relative to {@code ownerFlow}. */
    public static Target parse(String text, String ownerFlow, int line) {
        String t = text.trim();
        int colon = t.indexOf(':');
        if (colon >= 0) {
            return new Target(t.substring(0, colon).trim(), t.substring(colon + 1).trim(), line);
        }
        return new Target(ownerFlow, t, line);
    }

    /** {@code flow:state}. */
    public String qualified() {
        return flow + ":" + state;
    }

    @Override
    public String toString() {
        return qualified();
    }
}
