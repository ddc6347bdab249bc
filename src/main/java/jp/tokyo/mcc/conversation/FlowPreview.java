package jp.tokyo.mcc.conversation;

import java.util.List;

/**
 * A flow file as administrators look at it before it goes live: each state's messages as LINE shows them (bubbles,
 * a buttons card, quick-reply chips; placeholders such as {@code {center.phone}} as written) with LINE's limits
 * flagged, and the links between states for a diagram.
 *
 * @param id       the flow id
 * @param title    its title for administrators (may be null)
 * @param start    the first state
 * @param states   the states in file order
 * @param commands global commands the file defines (they lead somewhere from any state)
 */
public record FlowPreview(String id, String title, String start, List<State> states, List<Link> commands) {

    /** How a state leads on. */
    public enum LinkKind { CHOICE, ANSWER, NEXT, COMMAND }

    /**
     * A way on from a state (or, for a command, from anywhere).
     *
     * @param label what the family taps or says ("" for a plain next)
     * @param flow  the target's flow (another flow for {@code handoff:start})
     * @param state the target state
     */
    public record Link(LinkKind kind, String label, String flow, String state) {
    }

    /** A quick-reply chip or a button. {@code tooLong}: the label is longer than LINE allows. */
    public record Chip(String label, boolean tooLong) {
    }

    /**
     * One message: a text bubble, or a buttons card (title, text, buttons).
     *
     * @param limits what breaks LINE's limits in it, in Japanese (empty when nothing)
     */
    public record Message(boolean card, String title, String text, List<Chip> buttons, List<String> limits) {
    }

    /**
     * One state.
     *
     * @param line         its line in the file
     * @param messages     what entering it sends, in order
     * @param quickReplies the chips under the last message
     * @param waits        what it waits for: {@code choices}, {@code buttons}, an ask type, or null (it goes on or rests)
     * @param end          the conversation may rest here
     * @param handoff      the collected answers go to the counsellors here
     * @param faq          FAQ entries looked up here (the search text as written), or null
     * @param links        where it leads
     * @param limits       what breaks LINE's limits in the state as a whole (too many messages or chips)
     */
    public record State(String id, int line, List<Message> messages, List<Chip> quickReplies, String waits, boolean end,
                        boolean handoff, String faq, List<Link> links, List<String> limits) {

        /** Whether anything of it breaks LINE's limits. */
        public boolean overLimit() {
            return !limits.isEmpty() || messages.stream().anyMatch(m -> !m.limits().isEmpty());
        }
    }
}
