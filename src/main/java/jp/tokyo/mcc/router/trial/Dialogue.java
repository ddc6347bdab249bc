package jp.tokyo.mcc.router.trial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A scripted conversation from {@code tests/*.yaml}: the family's steps and what the bot must answer. A file is a
 * list of steps, or {@code name:} and {@code steps:}, or {@code dialogues:} with several of those.
 */
public record Dialogue(String file, String name, List<Map<String, Object>> steps) {

    /** What a step can be. */
    public static final Set<String> STEP_KEYS = Set.of("user", "event", "tap", "tap-earlier", "postback", "wait",
            "restart", "language", "bot");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages/router", Locale.JAPANESE);

    @Override
    public String toString() {
        return file + (name == null ? "" : " — " + name);
    }

    /** Every dialogue of the {@code *.yaml} files of a folder, by file name. */
    public static List<Dialogue> all(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Dialogue> dialogues = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                dialogues.addAll(read(p.getFileName().toString(), Files.readString(p)));
            }
            return dialogues;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dialogues of one file; {@link IllegalArgumentException} when it has none of the three shapes. */
    @SuppressWarnings("unchecked")
    public static List<Dialogue> read(String file, String yaml) {
        Object root = new Yaml(new LoaderOptions()).load(yaml);
        List<Dialogue> result = new ArrayList<>();
        if (root instanceof List<?> steps) {
            result.add(new Dialogue(file, null, steps(steps)));
        } else if (root instanceof Map<?, ?> map && map.get("dialogues") instanceof List<?> dialogues) {
            for (Object d : dialogues) {
                if (!(d instanceof Map<?, ?> m)) {
                    throw new IllegalArgumentException(TEXTS.getString("router.dialogue.shape-dialogue"));
                }
                result.add(new Dialogue(file, m.get("name") == null ? null : String.valueOf(m.get("name")),
                        steps(m.get("steps"))));
            }
        } else if (root instanceof Map<?, ?> map) {
            result.add(new Dialogue(file, map.get("name") == null ? null : String.valueOf(map.get("name")),
                    steps(map.get("steps"))));
        } else {
            throw new IllegalArgumentException(TEXTS.getString("router.dialogue.shape-file"));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Object steps) {
        if (!(steps instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException(TEXTS.getString("router.dialogue.shape-steps"));
        }
        for (Object step : list) {
            if (!(step instanceof Map<?, ?>)) {
                throw new IllegalArgumentException(TEXTS.getString("router.dialogue.shape-step"));
            }
        }
        return (List<Map<String, Object>>) list;
    }
}
