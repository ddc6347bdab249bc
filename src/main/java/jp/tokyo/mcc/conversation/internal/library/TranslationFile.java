package jp.tokyo.mcc.conversation.internal.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * One translation file, {@code languages/<language>/<flow>.yaml}: for the flow it names ({@code flow:}), the texts of
 * its states and commands by id. A state gives {@code say}, {@code prompt}, {@code retry}, {@code done},
 * {@code unavailable}, {@code choices} and {@code options} (the Japanese label: the translation), {@code buttons}
 * ({@code title}, {@code text}, {@code choices}); a command gives {@code match}, {@code label}, {@code say}.
 */
final class TranslationFile {

    static final TranslationFile EMPTY = new TranslationFile(null, Map.of(), Map.of());

    private final String flowId;
    private final Map<String, Object> states;
    private final Map<String, Object> commands;

    private TranslationFile(String flowId, Map<String, Object> states, Map<String, Object> commands) {
        this.flowId = flowId;
        this.states = states;
        this.commands = commands;
    }

    /** Reads a file; {@link IllegalArgumentException} when it is not YAML of this shape. */
    static TranslationFile parse(String yaml) {
        Object root;
        try {
            root = new Yaml(new LoaderOptions()).load(yaml);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not YAML", e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("not a mapping");
        }
        Object flow = map.get("flow");
        if (flow == null) {
            throw new IllegalArgumentException("no flow");
        }
        return new TranslationFile(String.valueOf(flow), mapping(map.get("states")), mapping(map.get("commands")));
    }

    String flowId() {
        return flowId;
    }

    /** The state ids the file translates (to report those the flow does not have). */
    List<String> stateIds() {
        return List.copyOf(states.keySet());
    }

    List<String> commandNames() {
        return List.copyOf(commands.keySet());
    }

    Part state(String id) {
        return new Part(mapping(states.get(id)));
    }

    Part command(String name) {
        return new Part(mapping(commands.get(name)));
    }

    /** The translations of one state, command or buttons block. */
    record Part(Map<String, Object> values) {

        /** One text (null when not given). */
        String text(String key) {
            Object v = values.get(key);
            if (v instanceof List<?> l) {
                return l.isEmpty() ? null : String.valueOf(l.get(0));
            }
            return v == null ? null : String.valueOf(v);
        }

        /** A text or a list of texts (null when not given). */
        List<String> texts(String key) {
            Object v = values.get(key);
            if (v == null) {
                return null;
            }
            List<String> list = new ArrayList<>();
            if (v instanceof List<?> l) {
                l.stream().filter(x -> x != null).forEach(x -> list.add(String.valueOf(x)));
            } else {
                list.add(String.valueOf(v));
            }
            return list;
        }

        /** Labels by their Japanese text ({@code 退院後のこと: After leaving hospital}). */
        Map<String, String> labels(String key) {
            Map<String, String> labels = new LinkedHashMap<>();
            mapping(values.get(key)).forEach((k, v) -> {
                if (v != null) {
                    labels.put(k, String.valueOf(v));
                }
            });
            return labels;
        }

        Part part(String key) {
            return new Part(mapping(values.get(key)));
        }
    }

    private static Map<String, Object> mapping(Object o) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> m.put(String.valueOf(k), v));
        }
        return m;
    }
}
