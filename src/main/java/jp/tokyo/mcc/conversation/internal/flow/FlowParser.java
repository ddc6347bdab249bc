package jp.tokyo.mcc.conversation.internal.flow;

import static jp.tokyo.mcc.conversation.internal.flow.FlowNodeReader.line;

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
            "faq", "handoff", "next", "end", "consent", "erase");
    public static final Set<String> ASK_KEYS = Set.of("slot", "type", "prompt", "retry", "label", "options",
            "max-length", "done", "yes", "no", "outside", "skip-if-answered", "max-retries", "buttons");
    public static final Set<String> CHOICE_KEYS = Set.of("label", "to", "set", "clear");
    public static final Set<String> OPTION_KEYS = Set.of("label", "value", "to");
    public static final Set<String> BUTTONS_KEYS = Set.of("title", "text", "choices");
    public static final Set<String> HANDOFF_KEYS = Set.of("unavailable");
    public static final Set<String> NEXT_KEYS = Set.of("if", "if-missing", "to");
    public static final Set<String> COMMAND_KEYS = Set.of("match", "label", "to", "say", "clear");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final String file;
    private final FlowNodeReader in;
    private String flowId;

    private FlowParser(String file) {
        this.file = file;
        this.in = new FlowNodeReader(file);
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
            int column = e.getProblemMark() != null ? e.getProblemMark().getColumn() + 1 : 0;
            in.problemAt(line, column, "yaml", String.valueOf(e.getProblem()));
            return new Result(null, in.problems(), true);
        } catch (YAMLException e) {
            in.problemAt(0, 0, "yaml", "");
            return new Result(null, in.problems(), true);
        }
        if (!(root instanceof MappingNode map)) {
            in.problem(root, "not-map");
            return new Result(null, in.problems(), true);
        }
        Map<String, Node> top = in.entries(map, FLOW_KEYS, "top");
        flowId = in.scalar(top.get("id"), "id");
        if (flowId == null) {
            in.problem(map, "id-missing");
            flowId = file.replaceFirst("\\.ya?ml$", "");
        } else if (!ID.matcher(flowId).matches()) {
            in.problem(top.get("id"), "id-form", flowId);
        }
        in.flowId(flowId);
        String title = in.scalar(top.get("title"), "title");
        in.scalar(top.get("description"), "description");
        String start = in.scalar(top.get("start"), "start");
        if (start == null) {
            in.problem(map, "start-missing");
        }
        Map<String, Command> commands = new LinkedHashMap<>();
        if (top.get("commands") != null) {
            in.where("commands");
            Map<String, Node> cmds = in.entries(top.get("commands"), null, "commands");
            for (Map.Entry<String, Node> e : cmds.entrySet()) {
                in.where(FlowMessages.command(e.getKey()));
                Command c = command(e.getKey(), e.getValue());
                if (c != null) {
                    commands.put(e.getKey(), c);
                }
            }
        }
        Map<String, FlowState> states = new LinkedHashMap<>();
        if (top.get("states") == null) {
            in.where("");
            in.problem(map, "states-missing");
        } else {
            Map<String, Node> nodes = in.entries(top.get("states"), null, "states");
            if (nodes.isEmpty()) {
                in.problem(top.get("states"), "states-empty");
            }
            for (Map.Entry<String, Node> e : nodes.entrySet()) {
                in.where(FlowMessages.state(e.getKey()));
                if (!ID.matcher(e.getKey()).matches()) {
                    in.problem(e.getValue(), "state-id-form", e.getKey());
                }
                states.put(e.getKey(), state(e.getKey(), e.getValue()));
            }
        }
        Flow flow = new Flow(flowId, title, start, states, commands, file, source, version(source));
        return new Result(flow, in.problems(), true);
    }

    private Command command(String name, Node node) {
        Map<String, Node> m = in.entries(node, COMMAND_KEYS, "command");
        List<String> match = in.texts(m.get("match"), "match");
        if (match.isEmpty()) {
            in.problem(node, "match-missing");
        }
        String label = in.scalar(m.get("label"), "label");
        Target to = in.target(m.get("to"));
        List<String> say = in.texts(m.get("say"), "say");
        if (to == null && say.isEmpty()) {
            in.problem(node, "command-needs");
        }
        return new Command(name, match, label, to, say, in.slotList(m.get("clear")), flowId, line(node));
    }

    private FlowState state(String id, Node node) {
        if (node instanceof ScalarNode s && s.getValue().isEmpty() || node == null) {
            in.problem(node, "state-empty");
            return new FlowState(id, null, null, null, null, null, null, null, null, null, false, false, false,
                    line(node));
        }
        Map<String, Node> m = in.entries(node, STATE_KEYS, "state");
        in.scalar(m.get("note"), "note");
        List<String> say = in.texts(m.get("say"), "say");
        Map<String, String> set = in.slotValues(m.get("set"));
        List<String> clear = in.slotList(m.get("clear"));
        Ask ask = m.get("ask") == null ? null : ask(m.get("ask"));
        List<Choice> choices = choices(m.get("choices"));
        ButtonsBlock buttons = m.get("buttons") == null ? null : buttons(m.get("buttons"));
        String faq = in.scalar(m.get("faq"), "faq");
        HandoffBlock handoff = null;
        if (m.containsKey("handoff")) {
            Node h = m.get("handoff");
            if (h instanceof ScalarNode sc && (sc.getValue().isEmpty() || "true".equals(sc.getValue()) || "inquiry".equals(sc.getValue()))) {
                handoff = new HandoffBlock(List.of(), line(h));
            } else {
                Map<String, Node> hm = in.entries(h, HANDOFF_KEYS, "handoff");
                handoff = new HandoffBlock(in.texts(hm.get("unavailable"), "unavailable"), line(h));
            }
        }
        List<NextCase> next = next(m.get("next"));
        boolean end = in.bool(m.get("end"), "end");
        boolean consent = in.bool(m.get("consent"), "consent");
        boolean erase = in.bool(m.get("erase"), "erase");
        return new FlowState(id, say, set, clear, ask, choices, buttons, faq, handoff, next, end, consent, erase,
                line(node));
    }

    private Ask ask(Node node) {
        Map<String, Node> m = in.entries(node, ASK_KEYS, "ask");
        String slot = in.scalar(m.get("slot"), "slot");
        if (slot == null) {
            in.problem(node, "slot-missing");
        } else if (!FlowNodeReader.SLOT.matcher(slot).matches()) {
            in.problem(m.get("slot"), "slot-form", slot);
        }
        String typeName = in.scalar(m.get("type"), "type");
        SlotType type = null;
        if (typeName == null) {
            in.problem(node, "type-missing", SlotType.names());
        } else {
            type = SlotType.of(typeName).orElse(null);
            if (type == null) {
                in.problem(m.get("type"), "type-unknown", typeName, SlotType.names());
            }
        }
        String prompt = in.scalar(m.get("prompt"), "prompt");
        List<AskOption> options = new ArrayList<>();
        if (m.get("options") != null) {
            if (m.get("options") instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s) {
                        options.add(new AskOption(s.getValue(), s.getValue(), null, line(s)));
                    } else {
                        Map<String, Node> om = in.entries(item, OPTION_KEYS, "option");
                        String label = in.scalar(om.get("label"), "label");
                        if (label == null) {
                            in.problem(item, "option-label");
                            label = "";
                        }
                        String value = in.scalar(om.get("value"), "value");
                        options.add(new AskOption(label, value == null ? label : value, in.target(om.get("to")), line(item)));
                    }
                }
            } else {
                in.problem(m.get("options"), "options-list");
            }
        }
        return new Ask(slot, type, typeName, prompt, in.scalar(m.get("retry"), "retry"), in.scalar(m.get("label"), "label"),
                options, in.integer(m.get("max-length"), "max-length"), in.scalar(m.get("done"), "done"),
                in.target(m.get("yes")), in.target(m.get("no")), in.target(m.get("outside")),
                in.bool(m.get("skip-if-answered"), "skip-if-answered"), in.integer(m.get("max-retries"), "max-retries"),
                in.bool(m.get("buttons"), "buttons"), line(node));
    }

    private List<Choice> choices(Node node) {
        List<Choice> choices = new ArrayList<>();
        if (node == null) {
            return choices;
        }
        if (!(node instanceof SequenceNode seq)) {
            in.problem(node, "choices-list");
            return choices;
        }
        for (Node item : seq.getValue()) {
            Map<String, Node> m = in.entries(item, CHOICE_KEYS, "choice");
            String label = in.scalar(m.get("label"), "label");
            if (label == null || label.isBlank()) {
                in.problem(item, "choice-label");
                label = "";
            }
            Target to = in.target(m.get("to"));
            if (to == null) {
                in.problem(item, "choice-to", label);
            }
            choices.add(new Choice(label, to, in.slotValues(m.get("set")), in.slotList(m.get("clear")), line(item)));
        }
        return choices;
    }

    private ButtonsBlock buttons(Node node) {
        Map<String, Node> m = in.entries(node, BUTTONS_KEYS, "buttons");
        String text = in.scalar(m.get("text"), "text");
        if (text == null || text.isBlank()) {
            in.problem(node, "buttons-text");
        }
        List<Choice> choices = choices(m.get("choices"));
        if (choices.isEmpty()) {
            in.problem(node, "buttons-choices");
        }
        return new ButtonsBlock(in.scalar(m.get("title"), "title"), text, choices, line(node));
    }

    private List<NextCase> next(Node node) {
        List<NextCase> cases = new ArrayList<>();
        if (node == null) {
            return cases;
        }
        if (node instanceof ScalarNode) {
            Target t = in.target(node);
            if (t != null) {
                cases.add(new NextCase(null, null, t, line(node)));
            }
            return cases;
        }
        if (!(node instanceof SequenceNode seq)) {
            in.problem(node, "next-form");
            return cases;
        }
        for (Node item : seq.getValue()) {
            Map<String, Node> m = in.entries(item, NEXT_KEYS, "next-case");
            Map<String, List<String>> when = new LinkedHashMap<>();
            if (m.get("if") != null) {
                for (Map.Entry<String, Node> e : in.entries(m.get("if"), null, "if").entrySet()) {
                    List<String> values = in.texts(e.getValue(), "if." + e.getKey());
                    when.put(e.getKey(), values);
                }
            }
            String ifMissing = in.scalar(m.get("if-missing"), "if-missing");
            Target to = in.target(m.get("to"));
            if (to == null) {
                in.problem(item, "next-to");
                continue;
            }
            cases.add(new NextCase(when, ifMissing, to, line(item)));
        }
        return cases;
    }
}
