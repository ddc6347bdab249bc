package jp.tokyo.mcc.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.directory.internal.TestDirectories;

/**
 * The cost of matching a family's free answer to a municipality (not part of the suite: run it on a quiet machine;
 * it was a timed assertion in PlaceMatchingTest, which a loaded build machine failed).
 *
 * <pre>
 * ./mvnw test -Dtest=PlaceMatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.rounds=100000
 * </pre>
 */
class PlaceMatchingBenchmark {

    @Test
    void costPerAnswer() {
        Directory directory = TestDirectories.shipped();
        int rounds = Integer.getInteger("benchmark.rounds", 100_000);
        List<String> answers = List.of("東京都八王子市元本郷町3-24-1", "はちおおじ", "わかりません", "神奈川県横浜市",
                "子どもと二人で、住所は町田市です", "退院後のことを相談したいです。".repeat(30));
        long sink = 0;
        for (int i = 0; i < rounds / 10; i++) {
            for (String answer : answers) {
                sink += directory.match(answer).hashCode();
            }
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (String answer : answers) {
                sink += directory.match(answer).hashCode();
            }
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / ((double) rounds * answers.size());
        System.out.printf("Place matching after warm-up: %.2f µs per answer (%d answers of %d kinds; %d)%n",
                micros, rounds * answers.size(), answers.size(), sink);
    }
}
