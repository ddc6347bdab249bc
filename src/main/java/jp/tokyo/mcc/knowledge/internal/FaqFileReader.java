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
import jp.tokyo.mcc.shared.ParseErrors;

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
            problems.add(new FaqProblem(fileName, null, "not valid YAML (" + ParseErrors.describe(e) + ")"));
            return new Result(fileName, List.of(), List.of(), problems);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            problems.add(new FaqProblem(fileName, null, "the file is empty (expected 'entries:')"));
            return new Result(fileName, List.of(), List.of(), problems);
        }
        if (!root.isObject()) {
            problems.add(new FaqProblem(fileName, null, "expected 'entries:' at the top of the file"));
            return new Result(fileName, List.of(), List.of(), problems);
        }
        unknownFields(root, TOP_FIELDS, fileName, null, problems);
        List<List<String>> synonyms = synonyms(root.get("synonyms"), fileName, problems);
        JsonNode list = root.get("entries");
        if (list == null && root.has("synonyms")) {
            return new Result(fileName, List.of(), synonyms, List.copyOf(problems));
        }
        if (list == null || !list.isArray()) {
            problems.add(new FaqProblem(fileName, null, "'entries' must be a list"));
            return new Result(fileName, List.of(), synonyms, problems);
        }
        Set<String> ids = new java.util.HashSet<>();
        int position = 0;
        for (JsonNode node : list) {
            position++;
            String where = "entry #" + position;
            if (!node.isObject()) {
                problems.add(new FaqProblem(fileName, where, "an entry must be a mapping (id, question, answer, ...)"));
                continue;
            }
            String id = text(node, "id");
            if (id != null && ID.matcher(id).matches()) {
                where = "entry '" + id + "'";
            }
            int before = problems.size();
            FaqEntry entry = entry(node, fileName, where, problems);
            if (id != null && !ids.add(id)) {
                problems.add(new FaqProblem(fileName, where, "duplicate id"));
            }
            if (problems.size() == before && entry != null) {
                entries.add(entry);
            }
        }
        return new Result(fileName, List.copyOf(entries), synonyms, List.copyOf(problems));
    }

    /** {@code synonyms:}: groups of words that mean the same, the first the one the answers use. */
    private static List<List<String>> synonyms(JsonNode node, String file, List<FaqProblem> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new FaqProblem(file, "synonyms", "'synonyms' must be a list of word lists"));
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        int position = 0;
        for (JsonNode group : node) {
            position++;
            String where = "synonyms #" + position;
            if (!group.isArray() || group.size() < 2) {
                problems.add(new FaqProblem(file, where, "a synonym group is a list of at least two words, "
                        + "e.g. [短期入所, ショートステイ]"));
                continue;
            }
            List<String> words = new ArrayList<>();
            for (JsonNode word : group) {
                String w = word.isValueNode() && !word.isNull() ? word.asText().strip() : "";
                if (w.isEmpty()) {
                    problems.add(new FaqProblem(file, where, "a word is empty or not text"));
                } else if (length(w) > MAX_SYNONYM) {
                    problems.add(new FaqProblem(file, where, "a word is longer than " + MAX_SYNONYM + " characters"));
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

    private FaqEntry entry(JsonNode node, String file, String where, List<FaqProblem> problems) {
        unknownFields(node, ENTRY_FIELDS, file, where, problems);
        String id = requiredText(node, "id", file, where, problems);
        if (id != null && (!ID.matcher(id).matches() || id.length() > MAX_ID)) {
            problems.add(new FaqProblem(file, where, "'id' must be lower-case letters, digits and '-', at most "
                    + MAX_ID + " characters"));
        }
        String question = requiredText(node, "question", file, where, problems);
        if (question != null && length(question) > MAX_QUESTION) {
            problems.add(new FaqProblem(file, where, "'question' is " + length(question) + " characters; a button "
                    + "label may have at most " + MAX_QUESTION));
        }
        String answer = requiredText(node, "answer", file, where, problems);
        if (answer != null && length(answer) > MAX_ANSWER) {
            problems.add(new FaqProblem(file, where, "'answer' is " + length(answer) + " characters; at most "
                    + MAX_ANSWER));
        }
        List<String> alternatives = texts(node, "alternatives", MAX_ALTERNATIVE, file, where, problems);
        List<String> sources = texts(node, "sources", MAX_SOURCE, file, where, problems);
        List<String> formerIds = texts(node, "former-ids", MAX_ID, file, where, problems);
        for (String former : formerIds) {
            if (!ID.matcher(former).matches() || former.equals(id)) {
                problems.add(new FaqProblem(file, where, "'former-ids' must be other ids (lower-case letters, digits "
                        + "and '-')"));
            }
        }
        String category = optionalText(node, "category", file, where, problems);
        if (category != null && !FaqCategories.KNOWN.contains(category)) {
            problems.add(new FaqProblem(file, where, "unknown 'category' (use one of " + FaqCategories.KNOWN + ")"));
        }
        String link = optionalText(node, "link", file, where, problems);
        if (link != null && !isWebAddress(link)) {
            problems.add(new FaqProblem(file, where, "'link' must be a web address starting with https:// or http://"));
        }
        LocalDate reviewed = null;
        String reviewedText = requiredText(node, "reviewed", file, where, problems);
        if (reviewedText != null) {
            try {
                reviewed = LocalDate.parse(reviewedText);
                if (reviewed.isAfter(latestReviewDate)) {
                    problems.add(new FaqProblem(file, where, "'reviewed' is in the future"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FaqProblem(file, where, "'reviewed' must be a date like 2026-04-01"));
            }
        }
        if (id == null || question == null || answer == null || reviewed == null) {
            return null;
        }
        return new FaqEntry(id, question, alternatives, answer, category, link, reviewed, sources, formerIds);
    }

    /** An optional list of texts, each at most {@code max} characters. */
    private static List<String> texts(JsonNode node, String field, int max, String file, String where,
                                      List<FaqProblem> problems) {
        List<String> texts = new ArrayList<>();
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) {
            return texts;
        }
        if (!list.isArray()) {
            problems.add(new FaqProblem(file, where, "'" + field + "' must be a list"));
            return texts;
        }
        int i = 0;
        for (JsonNode item : list) {
            i++;
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                problems.add(new FaqProblem(file, where, field + " #" + i + " is empty or not text"));
            } else if (length(item.asText().strip()) > max) {
                problems.add(new FaqProblem(file, where, field + " #" + i + " is longer than " + max + " characters"));
            } else {
                texts.add(item.asText().strip());
            }
        }
        return texts;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String file, String where,
                                      List<FaqProblem> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(new FaqProblem(file, where, "unknown field '" + name + "' (known: " + known + ")"));
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

    private static String requiredText(JsonNode node, String field, String file, String where,
                                       List<FaqProblem> problems) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull() && !value.isValueNode()) {
            problems.add(new FaqProblem(file, where, "'" + field + "' must be text"));
            return null;
        }
        String s = text(node, field);
        if (s == null) {
            problems.add(new FaqProblem(file, where, "'" + field + "' is missing"));
        }
        return s;
    }

    private static String optionalText(JsonNode node, String field, String file, String where,
                                       List<FaqProblem> problems) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull() && !value.isValueNode()) {
            problems.add(new FaqProblem(file, where, "'" + field + "' must be text"));
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
    record Result(String file, List<FaqEntry> entries, List<List<String>> synonyms, List<FaqProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }
}
