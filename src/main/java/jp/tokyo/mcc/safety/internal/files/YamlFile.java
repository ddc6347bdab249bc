package jp.tokyo.mcc.safety.internal.files;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One safety file being read: its YAML nodes, and its problems in Japanese with line and column (for the log and the
 * administrators' status page; a problem names the file, the place and the rule, never a family's words).
 */
final class YamlFile {

    private final String name;
    private final List<String> problems = new ArrayList<>();
    private Node root;

    YamlFile(String name, String content) {
        this.name = name;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problem(mark, ProblemText.of("yaml.unreadable", e.getProblem()));
        } catch (YAMLException e) {
            problems.add(name + ": " + ProblemText.of("yaml.unreadable-short"));
        }
    }

    String name() {
        return name;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** The top of the file as a mapping of its keys (null, with a problem, when it is not one). */
    Map<String, Node> top(Set<String> known, String expected) {
        if (root == null) {
            if (problems.isEmpty()) {
                problems.add(name + ": " + ProblemText.of("yaml.empty", expected));
            }
            return null;
        }
        return mapping(root, known, ProblemText.of("yaml.top"), expected);
    }

    /** A mapping's entries by key, in order; unknown or repeated keys are problems. */
    Map<String, Node> mapping(Node node, Set<String> known, String what, String expected) {
        if (!(node instanceof MappingNode m)) {
            problem(node, ProblemText.of("yaml.not-mapping", what, expected));
            return null;
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                problem(t.getKeyNode(), ProblemText.of("yaml.key-not-text"));
                continue;
            }
            String k = key.getValue().strip();
            if (known != null && !known.contains(k)) {
                problem(key, ProblemText.of("yaml.unknown-key", k, String.join("、", known.stream().sorted().toList())));
                continue;
            }
            if (entries.containsKey(k)) {
                problem(key, ProblemText.of("yaml.key-twice", k));
                continue;
            }
            entries.put(k, t.getValueNode());
        }
        return entries;
    }

    /** A text value; null (with a problem when required) if missing or not text. */
    String text(Node node, String what, boolean required, Node parent) {
        if (node == null) {
            if (required) {
                problem(parent, ProblemText.of("yaml.missing", what));
            }
            return null;
        }
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            problem(node, ProblemText.of("yaml.not-text", what));
            return null;
        }
        return s.getValue().strip();
    }

    /** A list of texts (a single text counts as a list of one). */
    List<String> texts(Node node, String what) {
        List<String> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        if (node instanceof ScalarNode s) {
            if (!s.getValue().isBlank()) {
                texts.add(s.getValue().strip());
            }
            return texts;
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(node, ProblemText.of("yaml.not-list", what));
            return texts;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                texts.add(s.getValue().strip());
            } else {
                problem(item, ProblemText.of("yaml.bad-item", what));
            }
        }
        return texts;
    }

    List<Node> items(Node node, String what) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(node, ProblemText.of("yaml.not-items", what));
            return List.of();
        }
        return seq.getValue();
    }

    Double number(Node node, String what) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            try {
                return Double.parseDouble(s.getValue().strip());
            } catch (NumberFormatException e) {
                // below
            }
        }
        problem(node, ProblemText.of("yaml.not-number", what));
        return null;
    }

    void problem(Node node, String message) {
        problem(node == null ? null : node.getStartMark(), message);
    }

    void problem(Mark mark, String message) {
        problems.add(mark == null ? name + ": " + message
                : name + " " + ProblemText.of("at", mark.getLine() + 1, mark.getColumn() + 1) + ": " + message);
    }

    static Set<String> keys(String... keys) {
        return Set.of(keys);
    }
}
