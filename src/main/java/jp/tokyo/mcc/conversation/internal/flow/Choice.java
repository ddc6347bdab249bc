package jp.tokyo.mcc.conversation.internal.flow;

import java.util.List;
import java.util.Map;

/**
 * A tappable choice that leads somewhere (a menu item, a button).
 *
 * @param label what the family sees and may type (at most 20 characters)
 * @param to    where it leads
 * @param set   slot values set when it is chosen
 * @param clear slots forgotten when it is chosen
 * @param line  1-based line in the file
 */
public record Choice(String label, Target to, Map<String, String> set, List<String> clear, int line) {

    public Choice {
        set = set == null ? Map.of() : Map.copyOf(set);
        clear = clear == null ? List.of() : List.copyOf(clear);
    }
}
