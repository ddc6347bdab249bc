package jp.tokyo.mcc.knowledge.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import jp.tokyo.mcc.knowledge.FaqEntry;

/**
 * Reads and checks one FAQ file ({@code flows/faq/*.yaml}, described by {@code flows/schema/faq.schema.json}).
 * Every problem is reported (not only the first), so an administrator can fix a file in one go.
 */
final class FaqFileReader {

    static final int MAX_QUESTION = 20;
    static final int MAX_ANSWER = 5000;
    static final int MAX_ALTERNATIVE = 200;
    static final int MAX_ID = 40;
    static final int MAX_SOURCE = 300;
    static final int MAX_SYNONYM = 40;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> TOP_FIELDS = Set.of("entries", "synonyms");
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "question", "alternatives", "answer", "category",
            "link", "reviewed", "sources", "former-ids");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final LocalDate latestReviewDate;

    /** @param today the current date (a review date may not be later than the day after) */
    FaqFileReader(LocalDate today) {
        this.latestReviewDate = today.plusDays(1);
    }

    /** The entries and problems of one file; the entries are only usable when there are no problems. */
    Result read(String fileName, String content) {
        List<FaqProblem> problems = new ArrayList<>();
        List<FaqEntry> entries = new ArrayList<>();
        JsonNode root;
        try {
            root = yaml.readTree(content);
        } catch (Exception e) {
            problems.add(FaqProblem.yaml(fileName, e));
            return new Result(fileName, List.of(), List.of(), problems);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            problems.add(FaqProblem.of(fileName, null, List.of(), "empty"));
            return new Result(fileName, List.of(), List.of(), problems);
        }
        if (!root.isObject()) {
            problems.add(FaqProblem.of(fileName, null, List.of(), "no-entries"));
            return new Result(fileName, List.of(), List.of(), problems);
        }
        unknownFields(root, TOP_FIELDS, fileName, null, List.of(), problems);
        List<List<String>> synonyms = synonyms(root.get("synonyms"), fileName, problems);
        JsonNode list = root.get("entries");
        if (list == null && root.has("synonyms")) {
            return new Result(fileName, List.of(), synonyms, List.copyOf(problems));
        }
        if (list == null || !list.isArray()) {
            problems.add(FaqProblem.of(fileName, null, List.of("entries"), "entries-list"));
            return new Result(fileName, List.of(), synonyms, problems);
        }
        Set<String> ids = new java.util.HashSet<>();
        List<String> order = new ArrayList<>();
        int position = 0;
        for (JsonNode node : list) {
            position++;
            order.add(node.isObject() ? text(node, "id") : null);
            String where = FaqProblem.text("where.entry-number", position);
            List<Object> at = List.of("entries", position - 1);
            if (!node.isObject()) {
                problems.add(FaqProblem.of(fileName, where, at, "entry-map"));
                continue;
            }
            String id = text(node, "id");
            if (id != null && ID.matcher(id).matches()) {
                where = FaqProblem.text("where.entry", id);
            }
            int before = problems.size();
            FaqEntry entry = entry(node, fileName, where, at, problems);
            if (id != null && !ids.add(id)) {
                problems.add(FaqProblem.of(fileName, where, FaqProblem.path(at, "id"), "duplicate-id"));
            }
            if (problems.size() == before && entry != null) {
                entries.add(entry);
            }
        }
        return new Result(fileName, List.copyOf(entries), synonyms, List.copyOf(problems),
                java.util.Collections.unmodifiableList(order));
    }

    /** {@code synonyms:}: groups of words that mean the same, the first the one the answers use. */
    private static List<List<String>> synonyms(JsonNode node, String file, List<FaqProblem> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(FaqProblem.of(file, FaqProblem.text("where.synonyms"), List.of("synonyms"), "synonyms-list"));
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        int position = 0;
        for (JsonNode group : node) {
            position++;
            String where = FaqProblem.text("where.synonym-group", position);
            List<Object> at = List.of("synonyms", position - 1);
            if (!group.isArray() || group.size() < 2) {
                problems.add(FaqProblem.of(file, where, at, "synonym-group"));
                continue;
            }
            List<String> words = new ArrayList<>();
            for (JsonNode word : group) {
                String w = word.isValueNode() && !word.isNull() ? word.asText().strip() : "";
                if (w.isEmpty()) {
                    problems.add(FaqProblem.of(file, where, at, "synonym-empty"));
                } else if (length(w) > MAX_SYNONYM) {
                    problems.add(FaqProblem.of(file, where, at, "synonym-long", MAX_SYNONYM));
                } else {
                    words.add(w);
                }
            }
            if (words.size() == group.size()) {
                groups.add(List.copyOf(words));
            }
        }
        return List.copyOf(groups);
    }

    private FaqEntry entry(JsonNode node, String file, String where, List<Object> at, List<FaqProblem> problems) {
        unknownFields(node, ENTRY_FIELDS, file, where, at, problems);
        String id = requiredText(node, "id", file, where, at, problems);
        if (id != null && (!ID.matcher(id).matches() || id.length() > MAX_ID)) {
            problems.add(FaqProblem.of(file, where, FaqProblem.path(at, "id"), "id-form", MAX_ID));
        }
        String question = requiredText(node, "question", file, where, at, problems);
        if (question != null && length(question) > MAX_QUESTION) {
            problems.add(FaqProblem.of(file, where, FaqProblem.path(at, "question"), "question-long", length(question),
                    MAX_QUESTION));
        }
        String answer = requiredText(node, "answer", file, where, at, problems);
        if (answer != null && length(answer) > MAX_ANSWER) {
            problems.add(FaqProblem.of(file, where, FaqProblem.path(at, "answer"), "answer-long", length(answer),
                    MAX_ANSWER));
        }
        List<String> alternatives = texts(node, "alternatives", MAX_ALTERNATIVE, file, where, at, problems);
        List<String> sources = texts(node, "sources", MAX_SOURCE, file, where, at, problems);
        List<String> formerIds = texts(node, "former-ids", MAX_ID, file, where, at, problems);
        for (String former : formerIds) {
            if (!ID.matcher(former).matches() || former.equals(id)) {
                problems.add(FaqProblem.of(file, where, FaqProblem.path(at, "former-ids"), "former-ids-form"));
            }
        }
        String category = optionalText(node, "category", file, where, at, problems);
        if (category != null && !FaqCategories.KNOWN.contains(category)) {
            problems.add(FaqProblem.of(file, where, FaqProblem.path(at, "category"), "category-unknown",
                    String.join("、", FaqCategories.KNOWN)));
        }
        String link = optionalText(node, "link", file, where, at, problems);
        if (link != null && !isWebAddress(link)) {
            problems.add(FaqProblem.of(file, where, FaqProblem.path(at, "link"), "link-form"));
        }
        LocalDate reviewed = null;
        String reviewedText = requiredText(node, "reviewed", file, where, at, problems);
        if (reviewedText != null) {
            try {
                reviewed = LocalDate.parse(reviewedText);
                if (reviewed.isAfter(latestReviewDate)) {
                    problems.add(FaqProblem.of(file, where, FaqProblem.path(at, "reviewed"), "reviewed-future"));
                }
            } catch (DateTimeParseException e) {
                problems.add(FaqProblem.of(file, where, FaqProblem.path(at, "reviewed"), "reviewed-form"));
            }
        }
        if (id == null || question == null || answer == null || reviewed == null) {
            return null;
        }
        return new FaqEntry(id, question, alternatives, answer, category, link, reviewed, sources, formerIds);
    }

    /** An optional list of texts, each at most {@code max} characters. */
    private static List<String> texts(JsonNode node, String field, int max, String file, String where, List<Object> at,
                                      List<FaqProblem> problems) {
        List<String> texts = new ArrayList<>();
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) {
            return texts;
        }
        if (!list.isArray()) {
            problems.add(FaqProblem.of(file, where, FaqProblem.path(at, field), "not-list", field));
            return texts;
        }
        int i = 0;
        for (JsonNode item : list) {
            i++;
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                problems.add(FaqProblem.of(file, where, FaqProblem.path(at, field, i - 1), "item-empty", field, i));
            } else if (length(item.asText().strip()) > max) {
                problems.add(FaqProblem.of(file, where, FaqProblem.path(at, field, i - 1), "item-long", field, i, max));
            } else {
                texts.add(item.asText().strip());
            }
        }
        return texts;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String file, String where, List<Object> at,
                                      List<FaqProblem> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(FaqProblem.onKey(file, where, FaqProblem.path(at, name), "field-unknown", name,
                        String.join(", ", new java.util.TreeSet<>(known))));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String s = value.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String requiredText(JsonNode node, String field, String file, String where, List<Object> at,
                                       List<FaqProblem> problems) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull() && !value.isValueNode()) {
            problems.add(FaqProblem.of(file, where, FaqProblem.path(at, field), "not-text", field));
            return null;
        }
        String s = text(node, field);
        if (s == null) {
            problems.add(FaqProblem.of(file, where, FaqProblem.path(at, field), "missing", field));
        }
        return s;
    }

    private static String optionalText(JsonNode node, String field, String file, String where, List<Object> at,
                                       List<FaqProblem> problems) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull() && !value.isValueNode()) {
            problems.add(FaqProblem.of(file, where, FaqProblem.path(at, field), "not-text", field));
            return null;
        }
        return text(node, field);
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The outcome of reading one file. */
    record Result(String file, List<FaqEntry> entries, List<List<String>> synonyms, List<FaqProblem> problems,
                  List<String> order) {

        Result(String file, List<FaqEntry> entries, List<List<String>> synonyms, List<FaqProblem> problems) {
            this(file, entries, synonyms, problems, List.of());
        }

        boolean ok() {
            return problems.isEmpty();
        }

        /** The position in the file's {@code entries:} of the entry with this id (0 when unknown). */
        int indexOf(String id) {
            return Math.max(0, order.indexOf(id));
        }
    }
}
