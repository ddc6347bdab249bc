package jp.tokyo.mcc.line.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** LINE's rate limit as slots: however many senders ask, no second gets more than the limit and a tenth of it. */
class LineRateLimitTest {

    @Test
    void sendersWaitForTheirSlotsSoThatNoSecondExceedsTheLimit() {
        long[] now = {0};
        LineRateLimit limit = new LineRateLimit(2000, () -> now[0]);
        List<Long> sentAt = new ArrayList<>();
        // 10,000 sends asked for within the first 100 ms (a backlog), each sent once its wait is over
        for (int i = 0; i < 10_000; i++) {
            now[0] = i * 10_000L;
            sentAt.add(now[0] + limit.reserve());
        }
        for (long start = 0; start < sentAt.get(sentAt.size() - 1); start += 50_000_000L) {
            long from = start;
            long inOneSecond = sentAt.stream().filter(t -> t >= from && t < from + 1_000_000_000L).count();
            assertThat(inOneSecond).as("sends in the second from %d ms", from / 1_000_000).isLessThanOrEqualTo(2200 + 1);
        }
        assertThat(sentAt.get(sentAt.size() - 1)).as("10,000 sends take about five seconds").isGreaterThan(4_800_000_000L);
    }

    @Test
    void anIdleSpellGivesOnlyTheBurst() {
        long[] now = {0};
        LineRateLimit limit = new LineRateLimit(1000, () -> now[0]);
        now[0] = 60_000_000_000L; // a minute of nothing
        int atOnce = 0;
        while (limit.reserve() == 0) {
            atOnce++;
        }
        assertThat(atOnce).as("sends allowed at once after a quiet minute").isEqualTo(101); // a tenth of a second's worth, and the one due now
    }
}
