package jp.tokyo.mcc.conversation.internal.flow;

import java.util.List;
import java.util.Map;

/**
 * One flow file, parsed.
 *
 * @param id       the flow id
 * @param title    a title for administrators
 * @param start    the first state
 * @param states   states by id, in file order
 * @param commands global commands defined in this file, by name
 * @param file     the file name
 * @param source   the file's text
 * @param version  a short hash of the text
 */
public record Flow(String id, String title, String start, Map<String, FlowState> states,
                   Map<String, Command> commands, String file, String source, String version) {

    public FlowState state(String stateId) {
        return states.get(stateId);
    }

    /** Every ask in file order. */
    public List<Ask> asks() {
        return states.values().stream().filter(s -> s.ask() != null).map(FlowState::ask).toList();
    }
}
