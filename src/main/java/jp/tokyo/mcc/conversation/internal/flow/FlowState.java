package jp.tokyo.mcc.conversation.internal.flow;

import java.util.List;
import java.util.Map;

/**
 * One state of a flow, as the administrator wrote it. On entering it the bot forgets {@code clear}, sets
 * {@code set}, hands off ({@code handoff}) or erases the family's data ({@code erase}), says {@code say}, shows FAQ
 * entries for {@code faq}, then asks ({@code ask}) or offers {@code choices} / {@code buttons} and waits, or goes on
 * ({@code next}), or rests ({@code end}). {@code consent}: what this state says and asks is the consent the family
 * gives to the hand-off (its text is versioned with the inquiry).
 */
public record FlowState(String id, List<String> say, Map<String, String> set, List<String> clear, Ask ask,
                        List<Choice> choices, ButtonsBlock buttons, String faq, HandoffBlock handoff,
                        List<NextCase> next, boolean end, boolean consent, boolean erase, int line) {

    public FlowState {
        say = say == null ? List.of() : List.copyOf(say);
        set = set == null ? Map.of() : Map.copyOf(set);
        clear = clear == null ? List.of() : List.copyOf(clear);
        choices = choices == null ? List.of() : List.copyOf(choices);
        next = next == null ? List.of() : List.copyOf(next);
    }

    /** The texts the family reads in this state, as written (placeholders unfilled): say, the question, the buttons' text. */
    public List<String> texts() {
        List<String> texts = new java.util.ArrayList<>(say);
        if (ask != null && ask.prompt() != null) {
            texts.add(ask.prompt());
        }
        if (buttons != null) {
            texts.add(buttons.text());
        }
        return texts;
    }

    /** Whether the bot waits for the family here (a question, choices or buttons). */
    public boolean waits() {
        return ask != null || !choices.isEmpty() || buttons != null;
    }
}
