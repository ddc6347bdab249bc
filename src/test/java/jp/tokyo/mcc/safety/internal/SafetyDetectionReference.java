package jp.tokyo.mcc.safety.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.safety.internal.detect.Finding;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.support.BenchMixTexts;

/**
 * What the safety net finds in a fixed list of texts with fixed safety files, one line per text, so that a change
 * meant to make the detection cheaper can show that it changes no result ({@link SafetyDetectionUnchangedTest}).
 *
 * <p>The files are a copy of {@code flows/safety/*.yaml} and each language's
 * {@code flows/languages/LANGUAGE/safety.yaml} in {@value #FILES} (later edits of the shipped files do not touch the
 * reference). {@link #main} wrote {@value #RECORDED} from the code
 * before the change (commit f14468c's safety net); the texts are every line of both safety corpora, every text of
 * {@code bench/mix.txt} and a few English messages:
 * <pre>
 * ./mvnw -o test-compile && java -cp target/test-classes:target/classes:$(deps) \
 *     jp.tokyo.mcc.safety.internal.SafetyDetectionReference
 * </pre>
 * A line: the text, then every finding (sign, the tier of its file, the tier answered, the outcome, why), tab
 * separated.
 */
final class SafetyDetectionReference {

    static final String FILES = "src/test/resources/safety/detection-reference";
    static final String RECORDED = "src/test/resources/safety/detection-reference.tsv";
    /** Messages in English (the corpora are Japanese), some mixed with Japanese and digits. */
    private static final List<String> ENGLISH = List.of("my child is not breathing", "He's turning blue!!",
            "her lips are blue and she is floppy", "the seizure won't stop", "She is unconscious",
            "the trach came out and I can't get it back in", "my son isn\u2019t breathing properly", "I want to die",
            "I can't go on like this", "honestly I cannot take it anymore", "I'm scared I might hurt my child",
            "he has a high fever since this morning", "his g-tube came out",
            "the power is out and we are at home with the ventilator", "he is fine, not turning blue",
            "thank you, she is breathing well today", "is the consultation free?", "I want to know about short stay",
            "we are preparing for a power outage", "what should I do if the trach comes out?",
            "SpO2 is 82 and he is not breathing well。息が苦しそう", "熱が39度 fever", "ＩＴ'S NOT BREATHING",
            "\u0130 want to d\u0130e", "#8000に電話した");

    private SafetyDetectionReference() {
    }

    static SafetyNet net() {
        return new SafetyNet(new AdminFiles(Path.of(FILES)));
    }

    static String line(SafetyNet net, String text) {
        StringBuilder sb = new StringBuilder(text);
        for (Finding f : net.detect(text).findings()) {
            sb.append('\t').append(f.sign()).append(' ').append(f.seen()).append(' ').append(f.tier()).append(' ')
                    .append(f.outcome()).append(' ').append(f.why());
        }
        return sb.toString();
    }

    static List<String> texts() {
        Set<String> texts = new LinkedHashSet<>();
        for (String corpus : List.of(SafetyCorpus.DEV, SafetyCorpus.HELD_OUT)) {
            SafetyCorpus.load(corpus).lines().forEach(l -> texts.add(l.text()));
        }
        texts.addAll(BenchMixTexts.all(Path.of("bench", "mix.txt")));
        texts.addAll(ENGLISH);
        texts.removeIf(t -> t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0);
        return new ArrayList<>(texts);
    }

    public static void main(String[] args) throws IOException {
        SafetyNet net = net();
        List<String> lines = new ArrayList<>();
        for (String text : texts()) {
            lines.add(line(net, text));
        }
        Files.write(Path.of(RECORDED), lines, StandardCharsets.UTF_8);
        System.out.printf("%d texts recorded in %s%n", lines.size(), RECORDED);
    }
}
