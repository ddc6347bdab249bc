package jp.tokyo.mcc.knowledge.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.shared.AdminFiles;

/**
 * The FAQ search cost per family message (not part of the suite: run it on a quiet machine).
 *
 * <pre>
 * ./mvnw test -Dtest=FaqSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbenchmark.warmup=20000 -Dbenchmark.messages=50000
 * </pre>
 * The messages are the phrasings of the search-quality test set, in turn. Prints the mean cost per message after the
 * warm-up, the median and 99th percentile of the per-message times, and the bytes allocated per message.
 */
class FaqSearchBenchmark {

    @Test
    void costPerMessage() throws Exception {
        int warmup = Integer.getInteger("benchmark.warmup", 20_000);
        int messages = Integer.getInteger("benchmark.messages", 50_000);
        FaqFiles.Snapshot snapshot = new FaqFiles(new AdminFiles(Path.of("flows"))).read(LocalDate.now());
        FaqIndex index = new FaqIndex(snapshot.usable(), snapshot.synonyms(), new JapaneseAnalysis());
        List<String> texts = new ArrayList<>();
        for (SearchQualityCorpus.Question q : SearchQualityCorpus.load().all()) {
            texts.add(q.text());
        }
        double threshold = KnowledgeProperties.defaults().confidenceThreshold();
        double margin = KnowledgeProperties.defaults().clearMargin();
        long sink = 0;
        long warmStart = System.nanoTime();
        for (int i = 0; i < warmup; i++) {
            sink += index.answer(texts.get(i % texts.size()), threshold, margin).hashCode();
        }
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long[] each = new long[messages];
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            long t0 = System.nanoTime();
            sink += index.answer(texts.get(i % texts.size()), threshold, margin).hashCode();
            each[i] = System.nanoTime() - t0;
        }
        long total = System.nanoTime() - start;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        Arrays.sort(each);
        System.out.printf("FAQ search benchmark: %d entries, %d different messages, warm-up %d searches in %.1f s%n",
                index.size(), texts.size(), warmup, warmSeconds);
        System.out.printf("FAQ search cost per message after warm-up: mean %.1f µs, p50 %.1f µs, p99 %.1f µs, "
                        + "max %.1f µs; %.1f KiB allocated per message (%d messages; %d)%n",
                total / 1e3 / messages, each[messages / 2] / 1e3, each[(int) (messages * 0.99)] / 1e3,
                each[messages - 1] / 1e3, allocated / 1024.0 / messages, messages, sink & 1);
    }
}
