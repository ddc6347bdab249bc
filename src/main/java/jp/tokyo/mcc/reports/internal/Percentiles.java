package jp.tokyo.mcc.reports.internal;

import java.time.Duration;
import java.util.List;

/** Median and nearest-rank percentiles of durations. */
final class Percentiles {

    private Percentiles() {
    }

    /** The middle value; for an even count, the mean of the two middle ones. Null for none. */
    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** Nearest rank: the smallest value at least {@code percent} % of the values do not exceed. Null for none. */
    static Duration nearestRank(List<Duration> sorted, int percent) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * n);
        return sorted.get(Math.max(1, Math.min(n, rank)) - 1);
    }
}
