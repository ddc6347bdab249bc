package jp.tokyo.mcc.conversation.internal.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tokyo.mcc.conversation.FlowProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads single values of one flow file's YAML nodes (texts, lists, maps of known keys, slot names, targets, booleans,
 * numbers) for {@link FlowParser}, and collects each problem with its line and where in the file it is.
 */
final class FlowNodeReader {

    /** A slot name: {@code child-age}, {@code inquiry.number}. */
    static final Pattern SLOT = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");

    private final String file;
    private final List<FlowProblem> problems = new ArrayList<>();
    private String flowId;
    private String where = "";

    FlowNodeReader(String file) {
        this.file = file;
    }

    /** The flow targets are read relative to. */
    void flowId(String flowId) {
        this.flowId = flowId;
    }

    /** Where in the file the next problems are (e.g. {@code state menu}). */
    void where(String where) {
        this.where = where;
    }

    List<FlowProblem> problems() {
        return List.copyOf(problems);
    }

    Target target(Node node) {
        String text = scalar(node, "to");
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            problem(node, "target-empty");
            return null;
        }
        return Target.parse(text, flowId, line(node));
    }

    Map<String, Node> entries(Node node, Set<String> allowed, String what) {
        Map<String, Node> result = new LinkedHashMap<>();
        if (node == null) {
            return result;
        }
        if (!(node instanceof MappingNode map)) {
            problem(node, "map", FlowMessages.what(what));
            return result;
        }
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), "key-plain");
                continue;
            }
            String k = key.getValue();
            if (result.containsKey(k)) {
                problem(key, "key-twice", k, FlowMessages.what(what));
                continue;
            }
            if (allowed != null && !allowed.contains(k)) {
                problem(key, "key-unknown", k, FlowMessages.what(what), closest(k, allowed),
                        String.join(", ", new java.util.TreeSet<>(allowed)));
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
        return best != null && bestDistance <= 2 ? FlowMessages.text("did-you-mean", best) : "";
    }

    /** Edits between two words, a swap of two neighbouring letters counting as one (nxet is one from next). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    String scalar(Node node, String what) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(node, "single", what);
        return null;
    }

    List<String> texts(Node node, String what) {
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
            problem(node, "texts", what);
        }
        return texts;
    }

    List<String> slotList(Node node) {
        List<String> slots = texts(node, "clear");
        for (String s : slots) {
            if (!SLOT.matcher(s).matches() && !"all".equals(s)) {
                problem(node, "slot-name", s);
            }
        }
        return slots;
    }

    Map<String, String> slotValues(Node node) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : entries(node, null, "set").entrySet()) {
            if (!SLOT.matcher(e.getKey()).matches()) {
                problem(e.getValue(), "slot-name", e.getKey());
            }
            String v = scalar(e.getValue(), "set." + e.getKey());
            values.put(e.getKey(), v == null ? "" : v);
        }
        return values;
    }

    boolean bool(Node node, String what) {
        String v = scalar(node, what);
        if (v == null) {
            return false;
        }
        if (Set.of("true", "yes", "on").contains(v)) {
            return true;
        }
        if (!Set.of("false", "no", "off").contains(v)) {
            problem(node, "bool", what);
        }
        return false;
    }

    Integer integer(Node node, String what) {
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
            problem(node, "integer", what);
            return null;
        }
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** A problem at a node (its line and column), worded from {@code messages/conversation} ({@code conversation.file.key}). */
    void problem(Node node, String key, Object... args) {
        int column = node == null || node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
        problemAt(line(node), column, key, args);
    }

    void problemAt(int line, int column, String key, Object... args) {
        problems.add(new FlowProblem(file, line, column, where, FlowMessages.text(key, args)));
    }
}
