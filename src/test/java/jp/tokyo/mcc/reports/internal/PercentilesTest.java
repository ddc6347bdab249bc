package jp.tokyo.mcc.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static List<Duration> minutes(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofMinutes).sorted().toList();
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(Percentiles.median(minutes())).isNull();
        assertThat(Percentiles.median(minutes(7))).isEqualTo(Duration.ofMinutes(7));
        assertThat(Percentiles.median(minutes(1, 5, 100))).isEqualTo(Duration.ofMinutes(5));
        assertThat(Percentiles.median(minutes(1, 5, 7, 100))).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void theNinetiethPercentileIsTheNearestRank() {
        assertThat(Percentiles.nearestRank(minutes(), 90)).isNull();
        assertThat(Percentiles.nearestRank(minutes(3), 90)).isEqualTo(Duration.ofMinutes(3));
        // ten values: rank 9
        assertThat(Percentiles.nearestRank(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90)).isEqualTo(Duration.ofMinutes(9));
        // eleven values: rank ceil(9.9) = 10
        assertThat(Percentiles.nearestRank(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(Percentiles.nearestRank(minutes(1, 2), 90)).isEqualTo(Duration.ofMinutes(2));
    }
}
