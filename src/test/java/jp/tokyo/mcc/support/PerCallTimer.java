package jp.tokyo.mcc.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Times one call over a list of texts on the current thread, for the per-message benchmarks: a warm-up for the JIT
 * compilers, then several blocks of rounds over all texts. Prints the thread's CPU time and the wall-clock time per
 * call of every block and their medians (the CPU time is the steadier figure on a machine busy with other work).
 */
public final class PerCallTimer {

    private final long warmupSeconds;
    private final int blocks;
    private final int rounds;

    public PerCallTimer(long warmupSeconds, int blocks, int rounds) {
        this.warmupSeconds = warmupSeconds;
        this.blocks = blocks;
        this.rounds = rounds;
    }

    /** From the system properties benchmark.warmup (seconds), benchmark.blocks and benchmark.rounds. */
    public static PerCallTimer fromProperties() {
        return new PerCallTimer(Long.getLong("benchmark.warmup", 10), Integer.getInteger("benchmark.blocks", 7),
                Integer.getInteger("benchmark.rounds", 40));
    }

    /** Measures {@code call} over the texts and prints the figures under {@code name}; returns the median CPU µs. */
    public double time(String name, List<String> texts, ToIntFunction<String> call) {
        long sink = 0;
        long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (String t : texts) {
                sink += call.applyAsInt(t);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[blocks];
        double[] wall = new double[blocks];
        int calls = texts.size() * rounds;
        for (int b = 0; b < blocks; b++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (String t : texts) {
                    sink += call.applyAsInt(t);
                }
            }
            wall[b] = (System.nanoTime() - wall0) / 1e3 / calls;
            cpu[b] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / calls;
        }
        double[] sortedCpu = cpu.clone();
        double[] sortedWall = wall.clone();
        Arrays.sort(sortedCpu);
        Arrays.sort(sortedWall);
        System.out.printf(Locale.ROOT, "%-28s %3d texts x %d rounds x %d blocks: median %.1f µs CPU, %.1f µs wall "
                        + "per call; blocks (CPU µs) %s (%d)%n", name, texts.size(), rounds, blocks,
                sortedCpu[blocks / 2], sortedWall[blocks / 2], format(cpu), sink & 1);
        return sortedCpu[blocks / 2];
    }

    private static String format(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append(sb.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f", v));
        }
        return sb.toString();
    }
}
