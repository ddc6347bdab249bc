package jp.tokyo.mcc.conversation.internal.flow;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tokyo.mcc.conversation.FlowProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a flow file into a {@link Flow}, reporting every problem of form (unknown keys, wrong kinds of values,
 * duplicate keys, missing required keys) with its line. Rules that need the whole set of flows are checked by
 * {@link FlowValidator}.
 */
public final class FlowParser {

    /** Keys accepted at each level (kept in sync with flows/schema/flow.schema.json by a test). */
    public static final Set<String> FLOW_KEYS = Set.of("id", "title", "description", "start", "commands", "states");
    public static final Set<String> STATE_KEYS = Set.of("note", "say", "set", "clear", "ask", "choices", "buttons",
            "faq", "handoff", "next", "end");
    public static final Set<String> ASK_KEYS = Set.of("slot", "type", "prompt", "retry", "label", "options",
            "max-length", "done", "yes", "no", "outside", "skip-if-answered", "max-retries", "buttons");
    public static final Set<String> CHOICE_KEYS = Set.of("label", "to", "set", "clear");
    public static final Set<String> OPTION_KEYS = Set.of("label", "value", "to");
    public static final Set<String> BUTTONS_KEYS = Set.of("title", "text", "choices");
    public static final Set<String> HANDOFF_KEYS = Set.of("unavailable");
    public static final Set<String> NEXT_KEYS = Set.of("if", "if-missing", "to");
    public static final Set<String> COMMAND_KEYS = Set.of("match", "label", "to", "say", "clear");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern SLOT = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");

    private final String file;
    private final List<FlowProblem> problems = new ArrayList<>();
    private String flowId;
    private String where = "";

    private FlowParser(String file) {
        this.file = file;
    }

    /** The result of reading one file: a flow (null when it could not be read at all) and its problems. */
    public record Result(Flow flow, List<FlowProblem> problems, boolean flowFile) {
        public boolean ok() {
            return flow != null && problems.isEmpty();
        }
    }

    /** Whether a YAML file is a flow file (it has {@code states:} or {@code start:} at the top). */
    public static boolean looksLikeFlow(String source) {
        return Pattern.compile("(?m)^(states|start)\\s*:").matcher(source).find();
    }

    public static Result parse(String file, String source) {
        return new FlowParser(file).read(source);
    }

    public static String version(String source) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Result read(String source) {
        if (!looksLikeFlow(source)) {
            return new Result(null, List.of(), false);
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setCodePointLimit(5 * 1024 * 1024);
            root = new Yaml(options).compose(new StringReader(source));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problem(line, "the file is not valid YAML: " + e.getProblem()
                    + " (check indentation, colons and quotes around texts that contain : or #)");
            return new Result(null, List.copyOf(problems), true);
        } catch (YAMLException e) {
            problem(0, "the file is not valid YAML: " + e.getMessage());
            return new Result(null, List.copyOf(problems), true);
        }
        if (!(root instanceof MappingNode map)) {
            problem(line(root), "a flow file must be a map with id, start and states");
            return new Result(null, List.copyOf(problems), true);
        }
        Map<String, Node> top = entries(map, FLOW_KEYS, "the top of the file");
        flowId = scalar(top.get("id"), "id");
        if (flowId == null) {
            problem(line(map), "id is missing (the flow's name, e.g. id: intake)");
            flowId = file.replaceFirst("\\.ya?ml$", "");
        } else if (!ID.matcher(flowId).matches()) {
            problem(line(top.get("id")), "id \"" + flowId + "\" must use only a-z, 0-9, - and _");
        }
        String title = scalar(top.get("title"), "title");
        scalar(top.get("description"), "description");
        String start = scalar(top.get("start"), "start");
        if (start == null) {
            problem(line(map), "start is missing (the state the flow begins with)");
        }
        Map<String, Command> commands = new LinkedHashMap<>();
        if (top.get("commands") != null) {
            where = "commands";
            Map<String, Node> cmds = entries(top.get("commands"), null, "commands");
            for (Map.Entry<String, Node> e : cmds.entrySet()) {
                where = "commands." + e.getKey();
                Command c = command(e.getKey(), e.getValue());
                if (c != null) {
                    commands.put(e.getKey(), c);
                }
            }
        }
        Map<String, FlowState> states = new LinkedHashMap<>();
        if (top.get("states") == null) {
            where = "";
            problem(line(map), "states is missing");
        } else {
            Map<String, Node> nodes = entries(top.get("states"), null, "states");
            if (nodes.isEmpty()) {
                problem(line(top.get("states")), "states is empty");
            }
            for (Map.Entry<String, Node> e : nodes.entrySet()) {
                where = "state " + e.getKey();
                if (!ID.matcher(e.getKey()).matches()) {
                    problem(line(e.getValue()), "state id \"" + e.getKey() + "\" must use only a-z, 0-9, - and _");
                }
                states.put(e.getKey(), state(e.getKey(), e.getValue()));
            }
        }
        Flow flow = new Flow(flowId, title, start, states, commands, file, source, version(source));
        return new Result(flow, List.copyOf(problems), true);
    }

    private Command command(String name, Node node) {
        Map<String, Node> m = entries(node, COMMAND_KEYS, "a command");
        List<String> match = texts(m.get("match"), "match");
        if (match.isEmpty()) {
            problem(line(node), "match is missing: the words that start this command");
        }
        String label = scalar(m.get("label"), "label");
        Target to = target(m.get("to"));
        List<String> say = texts(m.get("say"), "say");
        if (to == null && say.isEmpty()) {
            problem(line(node), "a command needs to (where it leads) or say (what it answers)");
        }
        return new Command(name, match, label, to, say, slotList(m.get("clear")), flowId, line(node));
    }

    private FlowState state(String id, Node node) {
        if (node instanceof ScalarNode s && s.getValue().isEmpty() || node == null) {
            problem(line(node), "the state is empty");
            return new FlowState(id, null, null, null, null, null, null, null, null, null, false, line(node));
        }
        Map<String, Node> m = entries(node, STATE_KEYS, "a state");
        scalar(m.get("note"), "note");
        List<String> say = texts(m.get("say"), "say");
        Map<String, String> set = slotValues(m.get("set"));
        List<String> clear = slotList(m.get("clear"));
        Ask ask = m.get("ask") == null ? null : ask(m.get("ask"));
        List<Choice> choices = choices(m.get("choices"));
        ButtonsBlock buttons = m.get("buttons") == null ? null : buttons(m.get("buttons"));
        String faq = scalar(m.get("faq"), "faq");
        HandoffBlock handoff = null;
        if (m.containsKey("handoff")) {
            Node h = m.get("handoff");
            if (h instanceof ScalarNode sc && (sc.getValue().isEmpty() || "true".equals(sc.getValue()) || "inquiry".equals(sc.getValue()))) {
                handoff = new HandoffBlock(List.of(), line(h));
            } else {
                Map<String, Node> hm = entries(h, HANDOFF_KEYS, "handoff");
                handoff = new HandoffBlock(texts(hm.get("unavailable"), "unavailable"), line(h));
            }
        }
        List<NextCase> next = next(m.get("next"));
        boolean end = bool(m.get("end"), "end");
        return new FlowState(id, say, set, clear, ask, choices, buttons, faq, handoff, next, end, line(node));
    }

    private Ask ask(Node node) {
        Map<String, Node> m = entries(node, ASK_KEYS, "ask");
        String slot = scalar(m.get("slot"), "slot");
        if (slot == null) {
            problem(line(node), "ask.slot is missing: the name the answer is kept under");
        } else if (!SLOT.matcher(slot).matches()) {
            problem(line(m.get("slot")), "slot name \"" + slot + "\" must use only a-z, 0-9, - and _");
        }
        String typeName = scalar(m.get("type"), "type");
        SlotType type = null;
        if (typeName == null) {
            problem(line(node), "ask.type is missing (one of: " + SlotType.names() + ")");
        } else {
            type = SlotType.of(typeName).orElse(null);
            if (type == null) {
                problem(line(m.get("type")), "unknown slot type \"" + typeName + "\" (use one of: " + SlotType.names() + ")");
            }
        }
        String prompt = scalar(m.get("prompt"), "prompt");
        List<AskOption> options = new ArrayList<>();
        if (m.get("options") != null) {
            if (m.get("options") instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s) {
                        options.add(new AskOption(s.getValue(), s.getValue(), null, line(s)));
                    } else {
                        Map<String, Node> om = entries(item, OPTION_KEYS, "an option");
                        String label = scalar(om.get("label"), "label");
                        if (label == null) {
                            problem(line(item), "an option has no label");
                            label = "";
                        }
                        String value = scalar(om.get("value"), "value");
                        options.add(new AskOption(label, value == null ? label : value, target(om.get("to")), line(item)));
                    }
                }
            } else {
                problem(line(m.get("options")), "options must be a list");
            }
        }
        return new Ask(slot, type, typeName, prompt, scalar(m.get("retry"), "retry"), scalar(m.get("label"), "label"),
                options, integer(m.get("max-length"), "max-length"), scalar(m.get("done"), "done"),
                target(m.get("yes")), target(m.get("no")), target(m.get("outside")),
                bool(m.get("skip-if-answered"), "skip-if-answered"), integer(m.get("max-retries"), "max-retries"),
                bool(m.get("buttons"), "buttons"), line(node));
    }

    private List<Choice> choices(Node node) {
        List<Choice> choices = new ArrayList<>();
        if (node == null) {
            return choices;
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(line(node), "choices must be a list of { label: ..., to: ... }");
            return choices;
        }
        for (Node item : seq.getValue()) {
            Map<String, Node> m = entries(item, CHOICE_KEYS, "a choice");
            String label = scalar(m.get("label"), "label");
            if (label == null || label.isBlank()) {
                problem(line(item), "a choice has no label");
                label = "";
            }
            Target to = target(m.get("to"));
            if (to == null) {
                problem(line(item), "choice \"" + label + "\" has no to (where it leads)");
            }
            choices.add(new Choice(label, to, slotValues(m.get("set")), slotList(m.get("clear")), line(item)));
        }
        return choices;
    }

    private ButtonsBlock buttons(Node node) {
        Map<String, Node> m = entries(node, BUTTONS_KEYS, "buttons");
        String text = scalar(m.get("text"), "text");
        if (text == null || text.isBlank()) {
            problem(line(node), "buttons.text is missing (the words above the buttons)");
        }
        List<Choice> choices = choices(m.get("choices"));
        if (choices.isEmpty()) {
            problem(line(node), "buttons.choices is missing or empty");
        }
        return new ButtonsBlock(scalar(m.get("title"), "title"), text, choices, line(node));
    }

    private List<NextCase> next(Node node) {
        List<NextCase> cases = new ArrayList<>();
        if (node == null) {
            return cases;
        }
        if (node instanceof ScalarNode) {
            Target t = target(node);
            if (t != null) {
                cases.add(new NextCase(null, null, t, line(node)));
            }
            return cases;
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(line(node), "next must be a state, or a list of { if: ..., to: ... }");
            return cases;
        }
        for (Node item : seq.getValue()) {
            Map<String, Node> m = entries(item, NEXT_KEYS, "a next case");
            Map<String, List<String>> when = new LinkedHashMap<>();
            if (m.get("if") != null) {
                for (Map.Entry<String, Node> e : entries(m.get("if"), null, "if").entrySet()) {
                    List<String> values = texts(e.getValue(), "if." + e.getKey());
                    when.put(e.getKey(), values);
                }
            }
            String ifMissing = scalar(m.get("if-missing"), "if-missing");
            Target to = target(m.get("to"));
            if (to == null) {
                problem(line(item), "a next case has no to");
                continue;
            }
            cases.add(new NextCase(when, ifMissing, to, line(item)));
        }
        return cases;
    }

    // --- small readers ---------------------------------------------------------------------------------------

    private Target target(Node node) {
        String text = scalar(node, "to");
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            problem(line(node), "an empty target");
            return null;
        }
        return Target.parse(text, flowId, line(node));
    }

    private Map<String, Node> entries(Node node, Set<String> allowed, String what) {
        Map<String, Node> result = new LinkedHashMap<>();
        if (node == null) {
            return result;
        }
        if (!(node instanceof MappingNode map)) {
            problem(line(node), what + " must be a map of key: value");
            return result;
        }
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(line(tuple.getKeyNode()), "a key must be a plain word");
                continue;
            }
            String k = key.getValue();
            if (result.containsKey(k)) {
                problem(line(key), "\"" + k + "\" appears twice in " + what + " (duplicate id)");
                continue;
            }
            if (allowed != null && !allowed.contains(k)) {
                problem(line(key), "unknown key \"" + k + "\" in " + what + closest(k, allowed));
                continue;
            }
            result.put(k, tuple.getValueNode());
        }
        return result;
    }

    private static String closest(String key, Set<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(key, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        String known = String.join(", ", new java.util.TreeSet<>(allowed));
        return (best != null && bestDistance <= 2 ? " (did you mean \"" + best + "\"?)" : "") + "; known keys: " + known;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private String scalar(Node node, String what) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(line(node), what + " must be a single value, not a list or map");
        return null;
    }

    private List<String> texts(Node node, String what) {
        List<String> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        if (node instanceof ScalarNode s) {
            texts.add(s.getValue());
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                String t = scalar(item, what);
                if (t != null) {
                    texts.add(t);
                }
            }
        } else {
            problem(line(node), what + " must be a text or a list of texts");
        }
        return texts;
    }

    private List<String> slotList(Node node) {
        List<String> slots = texts(node, "clear");
        for (String s : slots) {
            if (!SLOT.matcher(s).matches() && !"all".equals(s)) {
                problem(line(node), "\"" + s + "\" is not a slot name");
            }
        }
        return slots;
    }

    private Map<String, String> slotValues(Node node) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : entries(node, null, "set").entrySet()) {
            if (!SLOT.matcher(e.getKey()).matches()) {
                problem(line(e.getValue()), "\"" + e.getKey() + "\" is not a slot name");
            }
            String v = scalar(e.getValue(), "set." + e.getKey());
            values.put(e.getKey(), v == null ? "" : v);
        }
        return values;
    }

    private boolean bool(Node node, String what) {
        String v = scalar(node, what);
        if (v == null) {
            return false;
        }
        if (Set.of("true", "yes", "on").contains(v)) {
            return true;
        }
        if (!Set.of("false", "no", "off").contains(v)) {
            problem(line(node), what + " must be true or false");
        }
        return false;
    }

    private Integer integer(Node node, String what) {
        String v = scalar(node, what);
        if (v == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < 0) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            problem(line(node), what + " must be a whole number");
            return null;
        }
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private void problem(int line, String message) {
        problems.add(new FlowProblem(file, line, where, message));
    }
}
