package jp.tokyo.mcc.safety.internal.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import jp.tokyo.mcc.safety.internal.rules.Concept;
import jp.tokyo.mcc.safety.internal.text.SafetyText;
import jp.tokyo.mcc.safety.internal.text.WordPattern;

/**
 * Reads a list of words: {@code [息, 呼吸]}, where an item may also be {@code negated: [止まる]} (only in the
 * negated form: 止まらない, 止まりません, 止まらへん) or {@code affirmed: [止まる]} (only not negated: 止まった,
 * 止まっている). A word of one kana or letter is refused (it would be found inside other words); one kanji is fine.
 */
final class Terms {

    /** The keys of a word-list item that sets the form (kept in step with the schemas by a test). */
    static final java.util.Set<String> FORMS = YamlFile.keys("negated", "affirmed");

    private Terms() {
    }

    static Concept concept(YamlFile file, String name, Node node, String what) {
        List<Concept.Term> terms = new ArrayList<>();
        if (node instanceof ScalarNode) {
            add(file, node, Concept.Form.ANY, terms, what);
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode) {
                    add(file, item, Concept.Form.ANY, terms, what);
                    continue;
                }
                Map<String, Node> forms = file.mapping(item, FORMS, ProblemText.of("terms.item", what),
                        ProblemText.of("terms.forms-expected"));
                if (forms == null) {
                    continue;
                }
                if (forms.containsKey("negated")) {
                    addAll(file, forms.get("negated"), Concept.Form.NEGATED, terms, what);
                }
                if (forms.containsKey("affirmed")) {
                    addAll(file, forms.get("affirmed"), Concept.Form.AFFIRMED, terms, what);
                }
            }
        } else if (node != null) {
            file.problem(node, ProblemText.of("terms.not-list", what));
        }
        if (terms.isEmpty() && node != null) {
            file.problem(node, ProblemText.of("terms.empty", what));
        }
        return new Concept(name, terms);
    }

    private static void addAll(YamlFile file, Node node, Concept.Form form, List<Concept.Term> terms, String what) {
        if (node instanceof ScalarNode) {
            add(file, node, form, terms, what);
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                add(file, item, form, terms, what);
            }
        } else {
            file.problem(node, ProblemText.of("terms.forms-not-list", what));
        }
    }

    private static void add(YamlFile file, Node node, Concept.Form form, List<Concept.Term> terms, String what) {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            file.problem(node, ProblemText.of("yaml.bad-item", what));
            return;
        }
        String word = s.getValue().strip();
        String normalized = SafetyText.normalize(word);
        if (normalized.codePointCount(0, normalized.length()) < 2 && !hasKanji(normalized)) {
            file.problem(node, ProblemText.of("terms.too-short", what, word));
            return;
        }
        WordPattern pattern = WordPattern.compile(word);
        if (pattern == null) {
            file.problem(node, ProblemText.of("terms.unreadable", what, word));
            return;
        }
        terms.add(new Concept.Term(pattern, form));
    }

    private static boolean hasKanji(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
