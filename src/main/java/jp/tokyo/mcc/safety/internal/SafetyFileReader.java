package jp.tokyo.mcc.safety.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.shared.ParseErrors;

/**
 * Reads and checks one phrase file ({@code flows/safety/emergency.yaml} or {@code disaster.yaml}). Every problem is
 * reported; problems name the file, the trigger and the rule, never a phrase.
 */
final class SafetyFileReader {

    static final int MAX_ANSWERS = 3;
    static final int MAX_ANSWER_LENGTH = 5000;

    private static final Set<String> TOP_FIELDS = Set.of("kind", "answer", "flow-state", "ignore", "unless", "triggers");
    private static final Set<String> TRIGGER_FIELDS = Set.of("name", "any", "all", "unless");
    private static final Pattern FLOW_STATE = Pattern.compile("[A-Za-z0-9_-]+:[A-Za-z0-9_-]+");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    Result read(String file, SafetyAlert.Kind expected, String content) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = yaml.readTree(content);
        } catch (Exception e) {
            problems.add(file + ": not valid YAML (" + ParseErrors.describe(e) + ")");
            return new Result(null, problems);
        }
        if (root == null || !root.isObject()) {
            problems.add(file + ": expected 'kind:', 'answer:' and 'triggers:' at the top of the file");
            return new Result(null, problems);
        }
        unknown(root, TOP_FIELDS, file, problems);
        String kind = root.path("kind").asText("");
        if (!expected.name().toLowerCase(Locale.ROOT).equals(kind)) {
            problems.add(file + ": 'kind' must be '" + expected.name().toLowerCase(Locale.ROOT) + "'");
        }
        List<String> answer = texts(root.get("answer"), file, "'answer'", problems);
        if (answer.isEmpty() || answer.size() > MAX_ANSWERS) {
            problems.add(file + ": 'answer' must have 1 to " + MAX_ANSWERS + " texts");
        }
        for (int i = 0; i < answer.size(); i++) {
            if (answer.get(i).length() > MAX_ANSWER_LENGTH) {
                problems.add(file + ": answer #" + (i + 1) + " is longer than " + MAX_ANSWER_LENGTH + " characters");
            }
        }
        String flowState = null;
        JsonNode state = root.get("flow-state");
        if (state != null && !state.isNull()) {
            flowState = state.asText().strip();
            if (!state.isValueNode() || !FLOW_STATE.matcher(flowState).matches()) {
                problems.add(file + ": 'flow-state' must look like flowId:stateId (e.g. intake:disaster)");
            }
        }
        List<Phrase> ignore = phrases(root.get("ignore"), file, "'ignore'", problems);
        List<Phrase> unless = phrases(root.get("unless"), file, "'unless'", problems);
        List<SafetyRule> triggers = new ArrayList<>();
        JsonNode list = root.get("triggers");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(file + ": 'triggers' must be a non-empty list");
        } else {
            Set<String> names = new HashSet<>();
            int position = 0;
            for (JsonNode node : list) {
                position++;
                SafetyRule rule = trigger(node, file, position, problems);
                if (rule != null && !names.add(rule.name())) {
                    problems.add(file + ": trigger '" + rule.name() + "' is named twice");
                }
                if (rule != null) {
                    triggers.add(rule);
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new SafetyRules(expected, answer, flowState, ignore, unless, triggers), List.of());
    }

    private SafetyRule trigger(JsonNode node, String file, int position, List<String> problems) {
        String where = file + ": trigger #" + position;
        if (!node.isObject()) {
            problems.add(where + " must be a mapping (name, any or all, unless)");
            return null;
        }
        String name = node.path("name").asText("").strip();
        if (name.isEmpty()) {
            problems.add(where + " has no 'name'");
            name = "#" + position;
        } else {
            where = file + ": trigger '" + name + "'";
        }
        unknown(node, TRIGGER_FIELDS, where, problems);
        JsonNode any = node.get("any");
        JsonNode all = node.get("all");
        List<List<Phrase>> groups = new ArrayList<>();
        if ((any == null) == (all == null)) {
            problems.add(where + " needs either 'any' (a list of phrases) or 'all' (a list of phrase lists)");
        } else if (any != null) {
            List<Phrase> group = phrases(any, where, "'any'", problems);
            if (group.isEmpty()) {
                problems.add(where + ": 'any' must list at least one phrase");
            }
            groups.add(group);
        } else if (!all.isArray() || all.size() < 2) {
            problems.add(where + ": 'all' must be a list of at least two phrase lists");
        } else {
            int i = 0;
            for (JsonNode g : all) {
                i++;
                List<Phrase> group = phrases(g, where, "'all' list #" + i, true, problems);
                if (group.isEmpty()) {
                    problems.add(where + ": 'all' list #" + i + " must list at least one phrase");
                }
                groups.add(group);
            }
        }
        List<Phrase> unless = phrases(node.get("unless"), where, "'unless'", problems);
        return new SafetyRule(name, groups, unless);
    }

    private static List<String> texts(JsonNode node, String where, String field, List<String> problems) {
        List<String> texts = new ArrayList<>();
        if (node == null || node.isNull()) {
            return texts;
        }
        if (!node.isArray()) {
            problems.add(where + ": " + field + " must be a list");
            return texts;
        }
        int i = 0;
        for (JsonNode item : node) {
            i++;
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                problems.add(where + ": " + field + " item #" + i + " is empty or not text");
            } else {
                texts.add(item.asText().strip());
            }
        }
        return texts;
    }

    private static List<Phrase> phrases(JsonNode node, String where, String field, List<String> problems) {
        return phrases(node, where, field, false, problems);
    }

    /** One-character phrases (薬) are only allowed in 'all' lists, where another list narrows them down. */
    private static List<Phrase> phrases(JsonNode node, String where, String field, boolean singleCharacterAllowed,
                                        List<String> problems) {
        List<Phrase> phrases = new ArrayList<>();
        for (String text : texts(node, where, field, problems)) {
            String normalized = SafetyText.normalize(text);
            if (normalized.codePointCount(0, normalized.length()) < (singleCharacterAllowed ? 1 : 2)) {
                problems.add(where + ": " + field + " has a phrase of one character (too short to be safe; "
                        + "only allowed in an 'all' list)");
                continue;
            }
            phrases.add(Phrase.compile(text));
        }
        return phrases;
    }

    private static void unknown(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(where + ": unknown field '" + name + "' (known: " + known + ")");
            }
        }
    }

    /** The rules of a file (null when it has problems) and its problems. */
    record Result(SafetyRules rules, List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }
}
