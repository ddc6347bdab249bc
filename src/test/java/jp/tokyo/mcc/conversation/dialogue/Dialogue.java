package jp.tokyo.mcc.conversation.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A scripted conversation from {@code flows/tests/*.yaml}: the family's steps and what the bot must answer.
 * A file is a list of steps, or {@code name:} and {@code steps:}, or {@code dialogues:} with several of those.
 */
public record Dialogue(String file, String name, List<Map<String, Object>> steps) {

    @Override
    public String toString() {
        return file + (name == null ? "" : " — " + name);
    }

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

    @SuppressWarnings("unchecked")
    public static List<Dialogue> read(String file, String yaml) {
        Object root = new Yaml(new LoaderOptions()).load(yaml);
        List<Dialogue> result = new ArrayList<>();
        if (root instanceof List<?> steps) {
            result.add(new Dialogue(file, null, (List<Map<String, Object>>) steps));
        } else if (root instanceof Map<?, ?> map && map.containsKey("dialogues")) {
            for (Object d : (List<?>) map.get("dialogues")) {
                Map<String, Object> m = (Map<String, Object>) d;
                result.add(new Dialogue(file, (String) m.get("name"), (List<Map<String, Object>>) m.get("steps")));
            }
        } else if (root instanceof Map<?, ?> map) {
            result.add(new Dialogue(file, (String) map.get("name"), (List<Map<String, Object>>) map.get("steps")));
        } else {
            throw new IllegalArgumentException(file + ": a dialogue file is a list of steps or has steps:");
        }
        return result;
    }
}
