package jp.tokyo.mcc.safety.internal.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

import jp.tokyo.mcc.safety.internal.rules.Concept;
import jp.tokyo.mcc.safety.internal.rules.Vocabulary;
import jp.tokyo.mcc.safety.internal.text.Kuromoji;
import jp.tokyo.mcc.safety.internal.text.SafetyText;

/** Reads {@code flows/safety/words.yaml} (see flows/safety/README.md). */
public final class WordsFileReader {

    public static final String FILE = "words.yaml";
    /** The keys of the file (kept in step with flows/schema/safety-words.schema.json by a test). */
    public static final Set<String> TOP = YamlFile.keys("rewrites", "negation", "light-verbs", "people",
            "number-below", "number-above", "concepts");

    private WordsFileReader() {
    }

    public static Read<Vocabulary> read(String name, String content) {
        YamlFile file = new YamlFile(name, content);
        Map<String, Node> top = file.top(TOP, ProblemText.of("words.expected"));
        if (top == null) {
            return Read.failed(file.problems());
        }
        List<Vocabulary.Rewrite> rewrites = new ArrayList<>();
        Node rewriteNode = top.get("rewrites");
        if (rewriteNode != null) {
            Map<String, Node> pairs = file.mapping(rewriteNode, null, "rewrites", ProblemText.of("words.rewrites-expected"));
            if (pairs != null) {
                pairs.forEach((from, to) -> {
                    String target = file.text(to, ProblemText.of("words.rewrite-target", from), true, rewriteNode);
                    String source = SafetyText.normalize(from);
                    if (source.length() < 2) {
                        file.problem(to, ProblemText.of("words.rewrite-too-short", from));
                    } else if (target != null) {
                        rewrites.add(new Vocabulary.Rewrite(source, SafetyText.normalize(target)));
                    }
                });
            }
        }
        rewrites.sort(Comparator.comparingInt((Vocabulary.Rewrite r) -> r.from().length()).reversed());
        Set<String> negation = bases(file.texts(top.get("negation"), "negation"));
        if (negation.isEmpty()) {
            file.problem((Node) null, ProblemText.of("words.no-negation"));
        }
        Set<String> light = bases(file.texts(top.get("light-verbs"), "light-verbs"));
        Concept people = required(file, top, "people");
        Concept lower = required(file, top, "number-below");
        Concept higher = required(file, top, "number-above");
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Node list = top.get("concepts");
        if (list == null) {
            file.problem((Node) null, ProblemText.of("words.no-concepts"));
        } else {
            Map<String, Node> named = file.mapping(list, null, "concepts", ProblemText.of("words.concepts-expected"));
            if (named != null) {
                named.forEach((n, words) -> concepts.put(n, Terms.concept(file, n, words, ProblemText.of("words.concept", n))));
            }
        }
        if (!file.ok()) {
            return Read.failed(file.problems());
        }
        return Read.ok(new Vocabulary(concepts, rewrites, negation, light, people, lower, higher));
    }

    private static Concept required(YamlFile file, Map<String, Node> top, String key) {
        Node node = top.get(key);
        if (node == null) {
            file.problem((Node) null, ProblemText.of("words.key-missing", key));
        }
        return Terms.concept(file, key, node, key);
    }

    /** Each word as the dictionary form the analysis compares with (へん, ない, する). */
    private static Set<String> bases(List<String> words) {
        Set<String> bases = new HashSet<>();
        for (String w : words) {
            String normalized = SafetyText.normalize(w);
            bases.add(SafetyText.hiragana(normalized));
            var tokens = Kuromoji.tokens(normalized);
            if (tokens.size() == 1) {
                bases.add(tokens.get(0).base());
            }
        }
        return bases;
    }
}
