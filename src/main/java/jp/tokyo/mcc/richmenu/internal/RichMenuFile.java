package jp.tokyo.mcc.richmenu.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.ParseErrors;
import jp.tokyo.mcc.shared.YamlPositions;

/**
 * Reads {@code flows/rich-menu.yaml}: the chat bar's text, the size, and rows of buttons, each naming a command of the
 * flows (its label is what a tap sends). Problems are in Japanese with the line and column, as for the other files.
 * The commands are those of the flows in the same set (the published files, or the drafts laid over them).
 */
final class RichMenuFile {

    static final String PATH = "rich-menu.yaml";
    static final int WIDTH = 2500;
    static final int LARGE_HEIGHT = 1686;
    static final int COMPACT_HEIGHT = 843;
    static final int MAX_CHAT_BAR = 14;
    static final int MAX_ROWS = 3;
    static final int MAX_PER_ROW = 3;
    static final int MAX_LABEL = 10;
    static final int MAX_NOTE = 16;

    private static final Set<String> KEYS = Set.of("chat-bar", "size", "rows");
    private static final Set<String> BUTTON_KEYS = Set.of("label", "note", "command", "tone");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One button as written, with the text its command sends. */
    record Button(String label, String note, String command, String text, boolean urgent) {
    }

    /** What the file says: null when it has problems. */
    record Definition(String chatBar, boolean large, List<List<Button>> rows) {
    }

    record Result(Definition definition, List<FileProblem> problems) {
    }

    private final YamlPositions positions;
    private final List<FileProblem> problems = new ArrayList<>();

    private RichMenuFile(String content) {
        this.positions = YamlPositions.of(content);
    }

    static Result read(String content, AdminFileSet context) {
        return new RichMenuFile(content).parse(content, commands(context));
    }

    private Result parse(String content, Map<String, String> commands) {
        if (positions.syntaxError() != null) {
            problems.add(new FileProblem(positions.syntaxError().line(), positions.syntaxError().column(),
                    RichMenuTexts.get("not-yaml", String.valueOf(positions.syntaxProblem()))));
            return new Result(null, problems);
        }
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (java.io.IOException | RuntimeException e) {
            problems.add(new FileProblem(1, 1, RichMenuTexts.get("not-yaml", ParseErrors.describe(e))));
            return new Result(null, problems);
        }
        if (root == null || !root.isObject()) {
            problem(RichMenuTexts.get("not-map"));
            return new Result(null, problems);
        }
        unknownKeys(root, KEYS);
        String chatBar = root.path("chat-bar").asText("").strip();
        int chatBarLength = chatBar.codePointCount(0, chatBar.length());
        if (chatBarLength < 1 || chatBarLength > MAX_CHAT_BAR) {
            problem(RichMenuTexts.get("chat-bar-length", MAX_CHAT_BAR, chatBarLength), "chat-bar");
        }
        String size = root.path("size").asText("large").strip();
        if (!size.equals("large") && !size.equals("compact")) {
            problem(RichMenuTexts.get("size", size), "size");
        }
        List<List<Button>> rows = rows(root.path("rows"), commands);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new Definition(chatBar, !size.equals("compact"), rows), List.of());
    }

    private List<List<Button>> rows(JsonNode node, Map<String, String> commands) {
        List<List<Button>> rows = new ArrayList<>();
        if (!node.isArray() || node.isEmpty() || node.size() > MAX_ROWS) {
            problem(RichMenuTexts.get("rows-count", MAX_ROWS, node.isArray() ? node.size() : 0), "rows");
            return rows;
        }
        for (int r = 0; r < node.size(); r++) {
            JsonNode row = node.get(r);
            if (!row.isArray() || row.isEmpty() || row.size() > MAX_PER_ROW) {
                problem(RichMenuTexts.get("row-count", r + 1, MAX_PER_ROW, row.isArray() ? row.size() : 0), "rows", r);
                continue;
            }
            List<Button> buttons = new ArrayList<>();
            for (int b = 0; b < row.size(); b++) {
                buttons.add(button(row.get(b), commands, r, b));
            }
            rows.add(buttons);
        }
        return rows;
    }

    private Button button(JsonNode node, Map<String, String> commands, int r, int b) {
        if (!node.isObject()) {
            problem(RichMenuTexts.get("button-not-map"), "rows", r, b);
            return null;
        }
        unknownKeys(node, BUTTON_KEYS, "rows", r, b);
        String label = node.path("label").asText("").strip();
        int labelLength = label.codePointCount(0, label.length());
        if (labelLength < 1 || labelLength > MAX_LABEL) {
            problem(RichMenuTexts.get("label-length", MAX_LABEL, labelLength), "rows", r, b, "label");
        }
        String note = node.path("note").asText("").strip();
        int noteLength = note.codePointCount(0, note.length());
        if (noteLength > MAX_NOTE) {
            problem(RichMenuTexts.get("note-length", MAX_NOTE, noteLength), "rows", r, b, "note");
        }
        String tone = node.path("tone").asText("").strip();
        if (!tone.isEmpty() && !tone.equals("urgent")) {
            problem(RichMenuTexts.get("tone", tone), "rows", r, b, "tone");
        }
        String command = node.path("command").asText("").strip();
        String text = commands.get(command);
        if (command.isEmpty()) {
            problem(RichMenuTexts.get("command-missing"), "rows", r, b);
        } else if (text == null) {
            problem(RichMenuTexts.get("command-unknown", command, String.join("、", commands.keySet())),
                    "rows", r, b, "command");
        }
        return new Button(label, note, command, text, tone.equals("urgent"));
    }

    private void unknownKeys(JsonNode node, Set<String> known, Object... path) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                Object[] at = java.util.Arrays.copyOf(path, path.length + 1);
                at[path.length] = name;
                YamlPositions.Position p = positions.key(at);
                problems.add(new FileProblem(p.line(), p.column(),
                        RichMenuTexts.get("unknown-key", name, String.join("、", new java.util.TreeSet<>(known)))));
            }
        }
    }

    private void problem(String message, Object... path) {
        YamlPositions.Position p = positions.at(path);
        problems.add(new FileProblem(p.line(), p.column(), message));
    }

    /**
     * The flows' commands in a set of files: name -> the text a tap sends (the command's label, else its first
     * word to match). Flows are the top folder's YAML files with states.
     */
    static Map<String, String> commands(AdminFileSet context) {
        Map<String, String> commands = new LinkedHashMap<>();
        for (AdminFile file : context.files("", ".yaml")) {
            if (file.path().equals(PATH) || !file.content().matches("(?s).*(?m)^states\\s*:.*")) {
                continue;
            }
            try {
                JsonNode declared = YAML.readTree(file.content()).path("commands");
                declared.fields().forEachRemaining(e -> {
                    String label = e.getValue().path("label").asText("");
                    if (label.isBlank()) {
                        label = e.getValue().path("match").path(0).asText("");
                    }
                    if (!label.isBlank()) {
                        commands.putIfAbsent(e.getKey(), label.strip());
                    }
                });
            } catch (java.io.IOException | RuntimeException e) {
                // a flow that cannot be read has its own problems in its own file
            }
        }
        return commands;
    }
}
