package jp.tokyo.mcc.conversation.internal.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.conversation.FlowProblem;
import jp.tokyo.mcc.line.LineLimits;

/**
 * The rules of {@link FlowValidator} that follow the arrows between states: every state can be reached (from the
 * main flow's start or a command), nothing loops without waiting for the family, and no state sends more messages
 * in one turn than LINE allows.
 */
final class FlowGraphCheck {

    private final Map<String, Flow> flows;
    private final String mainFlow;
    private final List<FlowProblem> problems;

    FlowGraphCheck(Map<String, Flow> flows, String mainFlow, List<FlowProblem> problems) {
        this.flows = flows;
        this.mainFlow = mainFlow;
        this.problems = problems;
    }

    void run() {
        checkReachability();
        checkLoops();
        checkTurnSize();
    }

    private List<Target> edges(Flow f, FlowState s) {
        List<Target> out = new ArrayList<>();
        s.choices().forEach(c -> add(out, c.to()));
        if (s.buttons() != null) {
            s.buttons().choices().forEach(c -> add(out, c.to()));
        }
        if (s.ask() != null) {
            s.ask().options().forEach(o -> add(out, o.to()));
            add(out, s.ask().yes());
            add(out, s.ask().no());
            add(out, s.ask().outside());
        }
        s.next().forEach(c -> add(out, c.to()));
        return out;
    }

    private static void add(List<Target> list, Target t) {
        if (t != null) {
            list.add(t);
        }
    }

    private FlowState resolve(Target t) {
        Flow f = flows.get(t.flow());
        return f == null ? null : f.state(t.state());
    }

    private void checkReachability() {
        Deque<Target> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        Flow main = flows.get(mainFlow);
        if (main != null && main.start() != null) {
            todo.add(new Target(main.id(), main.start(), 0));
        }
        for (Flow f : flows.values()) {
            f.commands().values().forEach(c -> {
                if (c.to() != null) {
                    todo.add(c.to());
                }
            });
        }
        while (!todo.isEmpty()) {
            Target t = todo.poll();
            if (!seen.add(t.qualified())) {
                continue;
            }
            FlowState s = resolve(t);
            if (s != null) {
                todo.addAll(edges(flows.get(t.flow()), s));
            }
        }
        for (Flow f : flows.values()) {
            for (FlowState s : f.states().values()) {
                if (!seen.contains(f.id() + ":" + s.id())) {
                    add(f, s.line(), FlowMessages.state(s.id()), "unreachable");
                }
            }
        }
    }

    private void checkLoops() {
        Map<String, Integer> color = new HashMap<>();
        for (Flow f : flows.values()) {
            for (FlowState s : f.states().values()) {
                loopFrom(f.id() + ":" + s.id(), color, new ArrayDeque<>());
            }
        }
    }

    private void loopFrom(String node, Map<String, Integer> color, Deque<String> path) {
        Integer c = color.get(node);
        if (c != null) {
            if (c == 1) {
                String[] parts = node.split(":", 2);
                Flow f = flows.get(parts[0]);
                FlowState s = f.state(parts[1]);
                add(f, s.line(), FlowMessages.state(s.id()), "loop", String.join(" → ", path) + " → " + node);
            }
            return;
        }
        String[] parts = node.split(":", 2);
        Flow f = flows.get(parts[0]);
        FlowState s = f == null ? null : f.state(parts[1]);
        if (s == null || s.waits()) {
            color.put(node, 2);
            return;
        }
        color.put(node, 1);
        path.addLast(node);
        for (NextCase n : s.next()) {
            loopFrom(n.to().qualified(), color, path);
        }
        path.removeLast();
        color.put(node, 2);
    }

    private void checkTurnSize() {
        Map<String, Integer> memo = new HashMap<>();
        for (Flow f : flows.values()) {
            for (FlowState s : f.states().values()) {
                int n = messagesFrom(f.id() + ":" + s.id(), memo, new HashSet<>());
                if (n > LineLimits.MESSAGES_PER_REQUEST) {
                    add(f, s.line(), FlowMessages.state(s.id()), "turn-too-long", n, LineLimits.MESSAGES_PER_REQUEST);
                }
            }
        }
    }

    private int messagesFrom(String node, Map<String, Integer> memo, Set<String> visiting) {
        Integer known = memo.get(node);
        if (known != null) {
            return known;
        }
        String[] parts = node.split(":", 2);
        Flow f = flows.get(parts[0]);
        FlowState s = f == null ? null : f.state(parts[1]);
        if (s == null || !visiting.add(node)) {
            return 0;
        }
        int own = s.handoff() != null ? Math.max(s.say().size(), Math.max(1, s.handoff().unavailable().size()))
                : s.say().size();
        if (s.faq() != null) {
            own++;
        }
        if (s.buttons() != null) {
            own++;
        }
        int onward = 0;
        if (s.ask() != null) {
            onward = 1;
            if (s.ask().skipIfAnswered()) {
                for (NextCase n : s.next()) {
                    onward = Math.max(onward, messagesFrom(n.to().qualified(), memo, visiting));
                }
            }
        } else if (!s.waits()) {
            for (NextCase n : s.next()) {
                onward = Math.max(onward, messagesFrom(n.to().qualified(), memo, visiting));
            }
        }
        visiting.remove(node);
        int total = own + onward;
        memo.put(node, total);
        return total;
    }

    private void add(Flow f, int line, String where, String key, Object... args) {
        problems.add(new FlowProblem(f == null ? "?" : f.file(), line, where, FlowMessages.text(key, args)));
    }
}
