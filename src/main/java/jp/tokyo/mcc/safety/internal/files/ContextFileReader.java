package jp.tokyo.mcc.safety.internal.files;

import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

import jp.tokyo.mcc.safety.internal.rules.Concept;
import jp.tokyo.mcc.safety.internal.rules.ContextCues;

/** Reads {@code flows/safety/context.yaml} (see flows/safety/README.md). */
public final class ContextFileReader {

    public static final String FILE = "context.yaml";
    static final int MAX_REMINDER = 200;
    /** The keys of the file (kept in step with flows/schema/safety-context.schema.json by a test). */
    public static final Set<String> TOP = YamlFile.keys("reminder", "present", "calm", "past", "frame", "about",
            "supposing", "worry");

    private ContextFileReader() {
    }

    public static Read<ContextCues> read(String name, String content) {
        YamlFile file = new YamlFile(name, content);
        Map<String, Node> top = file.top(TOP, ProblemText.of("context.expected"));
        if (top == null) {
            return Read.failed(file.problems());
        }
        String reminder = file.text(top.get("reminder"), ProblemText.of("context.reminder"), true, null);
        if (reminder != null && (reminder.contains("\n") || reminder.length() > MAX_REMINDER)) {
            file.problem(top.get("reminder"), ProblemText.of("context.reminder-too-long", MAX_REMINDER));
        }
        Concept present = cue(file, top, "present");
        Concept calm = cue(file, top, "calm");
        Concept past = cue(file, top, "past");
        Concept frame = cue(file, top, "frame");
        Concept about = cue(file, top, "about");
        Concept supposing = cue(file, top, "supposing");
        Concept worry = cue(file, top, "worry");
        if (!file.ok()) {
            return Read.failed(file.problems());
        }
        return Read.ok(new ContextCues(reminder, present, calm, past, frame, about, supposing, worry));
    }

    private static Concept cue(YamlFile file, Map<String, Node> top, String key) {
        Node node = top.get(key);
        if (node == null) {
            file.problem((Node) null, ProblemText.of("words.key-missing", key));
        }
        return Terms.concept(file, key, node, key);
    }
}
