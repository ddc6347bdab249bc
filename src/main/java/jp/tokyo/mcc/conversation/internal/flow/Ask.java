package jp.tokyo.mcc.conversation.internal.flow;

import java.util.List;

/**
 * A question whose answer goes into a slot.
 *
 * @param slot           slot name
 * @param type           the kind of answer (null when the file names an unknown type: the validator reports it)
 * @param typeName       the type as written
 * @param prompt         the question
 * @param retry          what to say after an answer that does not fit (null: the default for the type)
 * @param label          how the answer is labelled in the summary for the counsellor (null: not shown)
 * @param options        options of choice / multi-choice
 * @param maxLength      longest text accepted (text)
 * @param done           label of the "finished" choice (multi-choice)
 * @param yes            where はい leads (yes-no; null: next)
 * @param no             where いいえ leads (yes-no; null: next)
 * @param outside        where an answer outside Tokyo leads (municipality; null: the menu)
 * @param skipIfAnswered do not ask when the slot already has a value
 * @param maxRetries     failed answers before a counsellor is offered (null: the configured default)
 * @param buttons        show options as a buttons template instead of quick replies
 * @param line           1-based line in the file
 */
public record Ask(String slot, SlotType type, String typeName, String prompt, String retry, String label,
                  List<AskOption> options, Integer maxLength, String done, Target yes, Target no, Target outside,
                  boolean skipIfAnswered, Integer maxRetries, boolean buttons, int line) {

    public Ask {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
