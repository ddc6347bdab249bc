package jp.tokyo.mcc.conversation.internal.flow;

import java.util.List;

/** A buttons template: an optional title, a short text and 1-4 choices. */
public record ButtonsBlock(String title, String text, List<Choice> choices, int line) {

    public ButtonsBlock {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
