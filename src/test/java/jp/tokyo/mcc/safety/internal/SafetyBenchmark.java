package jp.tokyo.mcc.safety.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.safety.internal.text.Kuromoji;
import jp.tokyo.mcc.safety.internal.text.SafetyText;
import jp.tokyo.mcc.shared.AdminFiles;

/**
 * What the safety net costs per family message (not part of the suite): every line of both corpora, one thread,
 * after a warm-up for the JIT compilers.
 *
 * <pre>
 * ./mvnw test -Dtest=SafetyBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.warmup=30 -Dbenchmark.rounds=20]
 * </pre>
 * Prints the mean per message in wall-clock and in the thread's CPU time (the CPU time is the steadier figure on a
 * machine that is busy with other work), the p50 / p99 of single messages, the share taken by Kuromoji alone, and
 * the cost by message length.
 */
class SafetyBenchmark {

    @Test
    void measure() {
        long warmupSeconds = Long.getLong("benchmark.warmup", 20);
        int rounds = Integer.getInteger("benchmark.rounds", 20);
        SafetyNet net = new SafetyNet(new AdminFiles(Path.of("flows")));
        List<String> texts = new ArrayList<>();
        for (String corpus : List.of(SafetyCorpus.DEV, SafetyCorpus.HELD_OUT)) {
            SafetyCorpus.load(corpus).lines().forEach(l -> texts.add(l.text()));
        }
        long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int warm = 0;
        while (System.nanoTime() < warmEnd) {
            for (String t : texts) {
                net.assess(t);
                warm++;
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] single = new long[texts.size() * rounds];
        int n = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                long s = System.nanoTime();
                net.assess(t);
                single[n++] = System.nanoTime() - s;
            }
        }
        long wall = System.nanoTime() - wall0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long kuromoji0 = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                Kuromoji.tokens(SafetyText.normalize(t));
            }
        }
        long kuromoji = threads.getCurrentThreadCpuTime() - kuromoji0;
        Arrays.sort(single);
        System.out.printf(Locale.ROOT, "safety net: %d messages x %d rounds after %d s of warm-up (%d checks)%n",
                texts.size(), rounds, warmupSeconds, warm);
        System.out.printf(Locale.ROOT, "  per message: %.3f ms wall, %.3f ms CPU (Kuromoji alone: %.3f ms CPU)%n",
                wall / 1e6 / n, cpu / 1e6 / n, kuromoji / 1e6 / n);
        System.out.printf(Locale.ROOT, "  single messages (wall): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                single[n / 2] / 1e6, single[n * 9 / 10] / 1e6, single[n * 99 / 100] / 1e6, single[n - 1] / 1e6);
        for (int[] band : new int[][] {{0, 15}, {15, 30}, {30, 60}, {60, 1000}}) {
            List<String> of = texts.stream().filter(t -> t.length() >= band[0] && t.length() < band[1]).toList();
            if (of.isEmpty()) {
                continue;
            }
            long c0 = threads.getCurrentThreadCpuTime();
            for (int r = 0; r < rounds; r++) {
                of.forEach(net::assess);
            }
            long c = threads.getCurrentThreadCpuTime() - c0;
            System.out.printf(Locale.ROOT, "  %d-%d characters (%d messages): %.3f ms CPU%n", band[0], band[1] - 1,
                    of.size(), c / 1e6 / rounds / of.size());
        }
    }
}
