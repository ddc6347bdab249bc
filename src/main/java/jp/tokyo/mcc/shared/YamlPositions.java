package jp.tokyo.mcc.shared;

import java.io.StringReader;
import java.util.List;

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
 * Where things are in a YAML text, for problems an administrator can find: the line and column of the value at a
 * path of keys and list positions ({@code "entries", 2, "question"}: the third entry's question), or of a key itself.
 * A path that goes further than the text has is answered with the nearest part that exists; a text that is not YAML
 * with where the YAML parser stopped.
 */
public final class YamlPositions {

    /** A 1-based line and column. */
    public record Position(int line, int column) {
        public static final Position START = new Position(1, 1);
    }

    private final Node root;
    private final Position syntaxError;
    private final String syntaxProblem;

    private YamlPositions(Node root, Position syntaxError, String syntaxProblem) {
        this.root = root;
        this.syntaxError = syntaxError;
        this.syntaxProblem = syntaxProblem;
    }

    /** Reads a text (never throws: a text that is not YAML has {@link #syntaxError()}). */
    public static YamlPositions of(String yaml) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(5 * 1024 * 1024);
            return new YamlPositions(new Yaml(options).compose(new StringReader(yaml == null ? "" : yaml)), null, null);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return new YamlPositions(null, mark == null ? Position.START : position(mark), e.getProblem());
        } catch (YAMLException e) {
            return new YamlPositions(null, Position.START, null);
        }
    }

    /** Where the YAML parser stopped, for a text that is not YAML (null for one that is). */
    public Position syntaxError() {
        return syntaxError;
    }

    /** The YAML parser's own words for what is wrong (English, for logs), or null. */
    public String syntaxProblem() {
        return syntaxProblem;
    }

    /** Where the value at a path begins (the nearest part of the path that exists). */
    public Position at(Object... path) {
        return find(List.of(path), false);
    }

    /** Where the key that ends a path is written (for an unknown or misspelt key). */
    public Position key(Object... path) {
        return find(List.of(path), true);
    }

    private Position find(List<Object> path, boolean keyOfLast) {
        if (root == null) {
            return syntaxError != null ? syntaxError : Position.START;
        }
        Node node = root;
        Position found = position(root.getStartMark());
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            boolean last = i == path.size() - 1;
            Node next = null;
            if (node instanceof MappingNode map && step instanceof String key) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                        if (last && keyOfLast) {
                            return position(k.getStartMark());
                        }
                        next = t.getValueNode();
                        found = position(k.getStartMark());
                        break;
                    }
                }
            } else if (node instanceof SequenceNode seq && step instanceof Integer index
                    && index >= 0 && index < seq.getValue().size()) {
                next = seq.getValue().get(index);
            }
            if (next == null) {
                return found;
            }
            node = next;
            found = position(next.getStartMark());
        }
        return found;
    }

    private static Position position(Mark mark) {
        return mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
