package jp.tokyo.mcc.knowledge.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.support.BenchMixTexts;
import jp.tokyo.mcc.support.PerCallTimer;

/**
 * The CPU of the FAQ search per family message, over the texts of the benchmark's mix ({@code bench/mix.txt}) and the
 * shipped FAQ ({@code flows/faq}); not part of the suite (its name ends in Benchmark). With the safety net's
 * counterpart, {@code SafetySpeedBenchmark}:
 *
 * <pre>
 * nice -n 19 ./mvnw -o test -Dtest='FaqSpeedBenchmark,SafetySpeedBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbenchmark.warmup=10 -Dbenchmark.blocks=7 -Dbenchmark.rounds=40]
 * </pre>
 * or {@code java -cp ... jp.tokyo.mcc.knowledge.internal.FaqSpeedBenchmark} with the test class path. Prints the
 * median per call of several blocks, in thread CPU time and wall-clock time: compare medians of several runs.
 */
class FaqSpeedBenchmark {

    public static void main(String[] args) {
        new FaqSpeedBenchmark().measure();
    }

    @Test
    void measure() {
        FaqFiles.Snapshot snapshot = new FaqFiles(new AdminFiles(Path.of("flows"))).read(LocalDate.now());
        FaqIndex index = new FaqIndex(snapshot.usable(), snapshot.synonyms(), new JapaneseAnalysis());
        Map<String, List<String>> mix = BenchMixTexts.lists(Path.of("bench", "mix.txt"));
        List<String> questions = new ArrayList<>(mix.get("faq-questions"));
        questions.addAll(mix.get("vague-questions"));
        List<String> everything = BenchMixTexts.all(Path.of("bench", "mix.txt"));
        double threshold = KnowledgeProperties.defaults().confidenceThreshold();
        double margin = KnowledgeProperties.defaults().clearMargin();
        JapaneseAnalysis analysis = new JapaneseAnalysis();
        PerCallTimer timer = PerCallTimer.fromProperties();
        System.out.printf("FAQ speed benchmark: %d entries%n", index.size());
        timer.time("FAQ answer (questions)", questions, t -> index.answer(t, threshold, margin).hashCode());
        timer.time("FAQ search top 3 (questions)", questions, t -> index.search(t, 3, threshold).size());
        timer.time("FAQ answer (all mix texts)", everything, t -> index.answer(t, threshold, margin).hashCode());
        timer.time("Kuromoji analysis alone", questions,
                t -> analysis.analyse(JapaneseText.normalize(t)).words().size());
    }
}
