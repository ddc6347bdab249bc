package jp.tokyo.mcc.safety.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.shared.AdminFiles;

/**
 * Prints the confusion matrix per tier and the wrongly answered lines of the development and held-out corpora (a
 * command, not part of the suite):
 * {@code ./mvnw test -Dtest=SafetyCorpusReport -Dsurefire.failIfNoSpecifiedTests=false}.
 * {@code -Dsafety.corpus=/path/to/file.yaml} scores a corpus of your own in the same format instead.
 */
class SafetyCorpusReport {

    @Test
    void print() {
        SafetyNet net = new SafetyNet(new AdminFiles(Path.of(System.getProperty("safety.flows", "flows"))));
        String own = System.getProperty("safety.corpus");
        for (SafetyCorpus corpus : own != null ? java.util.List.of(SafetyCorpus.load(Path.of(own)))
                : java.util.List.of(SafetyCorpus.load(SafetyCorpus.DEV), SafetyCorpus.load(SafetyCorpus.HELD_OUT))) {
            CorpusScore score = new CorpusScore(corpus, net);
            System.out.println(score.report());
            for (CorpusScore.Scored s : score.wrong()) {
                System.out.println("  wrong: expected " + s.line().expect() + ", got " + s.outcome() + ": "
                        + s.line().text() + "  " + s.detection().findings());
            }
            for (CorpusScore.Scored s : score.rest()) {
                if (s.falseAlarm() && s.right()) {
                    System.out.println("  extra alarm: " + s.line().text() + "  " + s.detection().findings());
                }
            }
            System.out.println();
        }
    }
}
