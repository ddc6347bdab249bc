package jp.tokyo.mcc.conversation.internal.flow;

import java.util.List;

/**
 * A global command: works from any state of any flow when the family's words match.
 * The engine also offers {@code menu} and {@code counsellor} as choices (after failed answers, FAQ misses...).
 *
 * @param name   e.g. menu, counsellor, help
 * @param match  words that trigger it (compared after normalising width, spaces and punctuation)
 * @param label  the choice label when offered (null: the first match word)
 * @param to     where it leads (null when it only says something)
 * @param say    what it says before going on (with no {@code to}: the current question is shown again)
 * @param clear  slots forgotten
 * @param flowId the flow file that defines it
 */
public record Command(String name, List<String> match, String label, Target to, List<String> say,
                      List<String> clear, String flowId, int line) {

    public Command {
        match = match == null ? List.of() : List.copyOf(match);
        say = say == null ? List.of() : List.copyOf(say);
        clear = clear == null ? List.of() : List.copyOf(clear);
    }

    public String chipLabel() {
        return label != null ? label : match.isEmpty() ? name : match.get(0);
    }
}
