package jp.tokyo.mcc.safety.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.safety.internal.text.AnalyzedText;
import jp.tokyo.mcc.safety.internal.text.SafetyText;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.support.BenchMixTexts;
import jp.tokyo.mcc.support.PerCallTimer;

/**
 * The CPU of the safety net per family message, over the texts of the benchmark's mix ({@code bench/mix.txt}) and the
 * shipped safety files ({@code flows/safety}); not part of the suite. See {@code FaqSpeedBenchmark} for the command.
 */
class SafetySpeedBenchmark {

    public static void main(String[] args) {
        new SafetySpeedBenchmark().measure();
    }

    @Test
    void measure() {
        SafetyNet net = new SafetyNet(new AdminFiles(Path.of("flows")));
        Map<String, List<String>> mix = BenchMixTexts.lists(Path.of("bench", "mix.txt"));
        List<String> everything = BenchMixTexts.all(Path.of("bench", "mix.txt"));
        PerCallTimer timer = PerCallTimer.fromProperties();
        timer.time("safety assess (all mix texts)", everything, t -> net.assess(t).hashCode());
        timer.time("safety assess (questions)", mix.get("faq-questions"), t -> net.assess(t).hashCode());
        timer.time("safety analysis alone", everything,
                t -> AnalyzedText.of(SafetyText.normalize(t)).tokens().size());
    }
}
