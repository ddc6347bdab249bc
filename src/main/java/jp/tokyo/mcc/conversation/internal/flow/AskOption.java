package jp.tokyo.mcc.conversation.internal.flow;

/**
 * An option of a {@code choice} or {@code multi-choice} question.
 *
 * @param label what the family sees and may type (at most 20 characters)
 * @param value what is stored in the slot (the label unless given)
 * @param to    where this answer leads (null: the state's {@code next})
 * @param line  1-based line in the file
 */
public record AskOption(String label, String value, Target to, int line) {
}
