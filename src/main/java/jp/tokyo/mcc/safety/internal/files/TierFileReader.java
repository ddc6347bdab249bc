package jp.tokyo.mcc.safety.internal.files;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.safety.internal.rules.Concept;
import jp.tokyo.mcc.safety.internal.rules.Sign;
import jp.tokyo.mcc.safety.internal.rules.TierRules;
import jp.tokyo.mcc.safety.internal.rules.Vocabulary;

/**
 * Reads one tier file ({@code flows/safety/emergency.yaml}, urgent, crisis, disaster, preparation): its answer and
 * its signs, whose concepts must be in {@code words.yaml}.
 */
public final class TierFileReader {

    public static final int MAX_ANSWERS = 3;
    public static final int MAX_ANSWER_LENGTH = 5000;
    /** The keys of a tier file and of a sign (kept in step with flows/schema/safety-tier.schema.json by a test). */
    public static final Set<String> TOP = YamlFile.keys("tier", "answer", "flow-state", "offer-counsellor",
            "counsellor-informed", "signs");
    public static final Set<String> SIGN = YamlFile.keys("name", "all", "unless", "below", "above");
    private static final Pattern FLOW_STATE = Pattern.compile("[A-Za-z0-9_-]+:[A-Za-z0-9_-]+");

    private TierFileReader() {
    }

    /** The file name of a tier, e.g. {@code emergency.yaml}. */
    public static String fileName(SafetyTier tier) {
        return tier.name().toLowerCase(Locale.ROOT) + ".yaml";
    }

    public static Read<TierRules> read(String name, SafetyTier expected, String content, Vocabulary words) {
        YamlFile file = new YamlFile(name, content);
        Map<String, Node> top = file.top(TOP, ProblemText.of("tier.expected"));
        if (top == null) {
            return Read.failed(file.problems());
        }
        String tier = file.text(top.get("tier"), "tier", true, null);
        String lower = expected.name().toLowerCase(Locale.ROOT);
        if (tier != null && !tier.equals(lower)) {
            file.problem(top.get("tier"), ProblemText.of("tier.wrong-tier", lower));
        }
        List<String> answer = file.texts(top.get("answer"), "answer");
        if (expected == SafetyTier.PREPARATION) {
            if (!answer.isEmpty()) {
                file.problem(top.get("answer"), ProblemText.of("tier.preparation-answer"));
            }
        } else if (answer.isEmpty() || answer.size() > MAX_ANSWERS) {
            file.problem(top.containsKey("answer") ? top.get("answer") : null,
                    ProblemText.of("tier.answer-count", MAX_ANSWERS));
        }
        for (String a : answer) {
            if (a.length() > MAX_ANSWER_LENGTH) {
                file.problem(top.get("answer"), ProblemText.of("tier.answer-too-long", MAX_ANSWER_LENGTH));
            }
        }
        String flowState = file.text(top.get("flow-state"), "flow-state", false, null);
        if (flowState != null && !FLOW_STATE.matcher(flowState).matches()) {
            file.problem(top.get("flow-state"), ProblemText.of("tier.flow-state"));
        }
        String offer = file.text(top.get("offer-counsellor"), ProblemText.of("tier.offer"), false, null);
        String informed = file.text(top.get("counsellor-informed"), ProblemText.of("tier.informed"), false, null);
        for (String extra : java.util.Arrays.asList(offer, informed)) {
            if (extra != null && extra.length() > MAX_ANSWER_LENGTH) {
                file.problem(top.get("offer-counsellor"), ProblemText.of("tier.counsellor-too-long", MAX_ANSWER_LENGTH));
            }
        }
        if (expected == SafetyTier.PREPARATION && (offer != null || informed != null)) {
            file.problem(top.get("offer-counsellor"), ProblemText.of("tier.preparation-counsellor"));
        }
        List<Sign> signs = new ArrayList<>();
        List<Node> items = file.items(top.get("signs"), "signs");
        if (items.isEmpty()) {
            file.problem(top.containsKey("signs") ? top.get("signs") : null, ProblemText.of("tier.no-signs"));
        }
        Set<String> names = new HashSet<>();
        for (Node item : items) {
            Sign sign = sign(file, item, expected, words);
            if (sign != null && !names.add(sign.name())) {
                file.problem(item, ProblemText.of("tier.sign-name-twice", sign.name()));
            } else if (sign != null) {
                signs.add(sign);
            }
        }
        if (!file.ok()) {
            return Read.failed(file.problems());
        }
        return Read.ok(new TierRules(expected, answer, flowState, offer, informed, signs));
    }

    private static Sign sign(YamlFile file, Node node, SafetyTier tier, Vocabulary words) {
        Map<String, Node> fields = file.mapping(node, SIGN, ProblemText.of("sign"), ProblemText.of("sign.expected"));
        if (fields == null) {
            return null;
        }
        String name = file.text(fields.get("name"), ProblemText.of("sign.name"), true, node);
        String what = ProblemText.of("sign.what", name == null ? "?" : name);
        List<Concept> all = concepts(file, fields.get("all"), ProblemText.of("sign.all", what), words);
        if (fields.get("all") == null) {
            file.problem(node, ProblemText.of("sign.no-all", what));
        }
        List<Concept> unless = concepts(file, fields.get("unless"), ProblemText.of("sign.unless", what), words);
        Double below = file.number(fields.get("below"), ProblemText.of("sign.below", what));
        Double above = file.number(fields.get("above"), ProblemText.of("sign.above", what));
        if (below != null && above != null) {
            file.problem(node, ProblemText.of("sign.below-and-above", what));
        }
        return name == null ? null : new Sign(name, tier, all, unless, below, above);
    }

    private static List<Concept> concepts(YamlFile file, Node node, String what, Vocabulary words) {
        List<Concept> concepts = new ArrayList<>();
        if (node == null) {
            return concepts;
        }
        List<Node> items = node instanceof ScalarNode ? List.of(node) : file.items(node, what);
        for (Node item : items) {
            if (!(item instanceof ScalarNode s) || s.getValue().isBlank()) {
                file.problem(item, ProblemText.of("sign.concept-not-text", what));
                continue;
            }
            Concept c = words.concepts().get(s.getValue().strip());
            if (c == null) {
                file.problem(item, ProblemText.of("sign.unknown-concept", s.getValue().strip(), what));
            } else {
                concepts.add(c);
            }
        }
        if (concepts.isEmpty() && !items.isEmpty() && file.ok()) {
            file.problem(node, ProblemText.of("sign.empty", what));
        }
        return concepts;
    }
}
