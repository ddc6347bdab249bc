package jp.tokyo.mcc.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.safety.internal.SafetyCorpus.Expect;
import jp.tokyo.mcc.shared.AdminFiles;

/**
 * The shipped safety files against the labelled corpora: every emergency and every parent in crisis is recognised,
 * and at least 95 % of the other messages get no alarm they should not get, on the development corpus (tuned on)
 * and on the held-out corpus (never tuned on). {@code SafetyCorpusReport} prints the confusion matrices.
 */
class SafetyCorpusTest {

    private static SafetyNet net;
    private static SafetyCorpus dev;
    private static SafetyCorpus heldOut;

    @BeforeAll
    static void load() {
        net = new SafetyNet(new AdminFiles(Path.of("flows")));
        assertThat(net.reload()).as("flows/safety files are valid").isTrue();
        dev = SafetyCorpus.load(SafetyCorpus.DEV);
        heldOut = SafetyCorpus.load(SafetyCorpus.HELD_OUT);
    }

    @Test
    void theCorpusIsLargeAndVariedEnough() {
        List<SafetyCorpus.Line> all = new java.util.ArrayList<>(dev.lines());
        all.addAll(heldOut.lines());
        assertThat(all).hasSizeGreaterThanOrEqualTo(400);
        List<SafetyCorpus.Line> emergencies = all.stream().filter(l -> l.expect() == Expect.EMERGENCY).toList();
        assertThat(emergencies).hasSizeGreaterThanOrEqualTo(250);
        Set<String> kinds = emergencies.stream().map(SafetyCorpus.Line::kind)
                .filter(k -> !k.startsWith("round") && !k.equals("from-held-out") && !k.equals("buried")
                        && !k.equals("emergency-and-disaster"))
                .collect(Collectors.toSet());
        assertThat(kinds).as("kinds of emergency").hasSizeGreaterThanOrEqualTo(12);
        Set<String> styles = emergencies.stream().flatMap(l -> l.styles().stream()).collect(Collectors.toSet());
        assertThat(styles).contains("polite", "casual", "kana", "halfwidth", "typo", "dialect", "nopunct", "long");
        assertThat(all.stream().filter(l -> l.expect() == Expect.NONE)).as("non-emergencies with emergency words")
                .hasSizeGreaterThanOrEqualTo(150);
        assertThat(all.stream().filter(l -> l.expect() == Expect.CRISIS)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().filter(l -> l.expect() == Expect.PREPARATION)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(heldOut.lines().size()).as("held-out share").isGreaterThanOrEqualTo(all.size() / 5);
        assertThat(all.stream().map(SafetyCorpus.Line::text).distinct()).as("no line twice").hasSameSizeAs(all);
    }

    @Test
    void theDevelopmentCorpusAloneHasTheMinimumOfEachKind() {
        assertThat(dev.lines()).hasSizeGreaterThanOrEqualTo(400);
        assertThat(dev.expecting(Expect.EMERGENCY)).hasSizeGreaterThanOrEqualTo(250);
        assertThat(dev.expecting(Expect.NONE)).hasSizeGreaterThanOrEqualTo(150);
        assertThat(dev.expecting(Expect.CRISIS)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(dev.expecting(Expect.PREPARATION)).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void developmentCorpus() {
        check(new CorpusScore(dev, net));
    }

    @Test
    void heldOutCorpus() {
        check(new CorpusScore(heldOut, net));
    }

    private static void check(CorpusScore score) {
        System.out.println(score.report());
        assertThat(missed(score, Expect.EMERGENCY)).as("emergencies not recognised").isEmpty();
        assertThat(missed(score, Expect.CRISIS)).as("parents in crisis not recognised").isEmpty();
        assertThat(score.specificity()).as("specificity").isGreaterThanOrEqualTo(0.95);
    }

    private static List<String> missed(CorpusScore score, Expect expect) {
        return score.wrong().stream().filter(s -> s.line().expect() == expect)
                .map(s -> s.line().text() + " -> " + s.outcome() + " " + s.detection().findings()).toList();
    }
}
