package jp.tokyo.mcc.conversation.internal.flow;

import java.util.List;
import java.util.Map;

/**
 * One case of a state's {@code next}: taken when every condition holds (no condition: always).
 *
 * @param when      slot -> accepted values
 * @param ifMissing slot that must have no value (null: no such condition)
 * @param to        where it leads
 */
public record NextCase(Map<String, List<String>> when, String ifMissing, Target to, int line) {

    public NextCase {
        when = when == null ? Map.of() : Map.copyOf(when);
    }

    public boolean unconditional() {
        return when.isEmpty() && ifMissing == null;
    }

    /** Whether this case applies to the given slot values. */
    public boolean matches(Map<String, ?> slots) {
        if (ifMissing != null && hasValue(slots.get(ifMissing))) {
            return false;
        }
        for (Map.Entry<String, List<String>> condition : when.entrySet()) {
            Object value = slots.get(condition.getKey());
            if (value == null || !condition.getValue().contains(String.valueOf(value))) {
                return false;
            }
        }
        return true;
    }

    static boolean hasValue(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof java.util.Collection<?> c) {
            return !c.isEmpty();
        }
        return !String.valueOf(value).isEmpty();
    }
}
