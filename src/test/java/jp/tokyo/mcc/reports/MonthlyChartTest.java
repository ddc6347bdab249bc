package jp.tokyo.mcc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.directory.CenterId;
import org.junit.jupiter.api.Test;

class MonthlyChartTest {

    @Test
    void ticksAreRoundSteps() {
        assertThat(MonthlyChart.step(0)).isEqualTo(1);
        assertThat(MonthlyChart.step(4)).isEqualTo(1);
        assertThat(MonthlyChart.step(7)).isEqualTo(2);
        assertThat(MonthlyChart.step(23)).isEqualTo(5);
        assertThat(MonthlyChart.step(48)).isEqualTo(10);
        assertThat(MonthlyChart.step(130)).isEqualTo(50);
    }

    @Test
    void eachMonthHasABarPerCenterAsHighAsItsCountAllowsAndTheHighestReachesTheTop() {
        Map<YearMonth, Map<CenterId, Long>> monthly = new LinkedHashMap<>();
        monthly.put(YearMonth.of(2026, 1), counts(4, 0));
        monthly.put(YearMonth.of(2026, 2), counts(2, 1));
        InquiryReport report = new InquiryReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28),
                List.of(CenterId.KUBU, CenterId.TAMA), List.copyOf(monthly.keySet()), List.of(), monthly, Map.of(),
                Map.of(), List.of(), 7);

        MonthlyChart chart = MonthlyChart.of(report);

        assertThat(chart.bars()).hasSize(4);
        MonthlyChart.Bar highest = chart.bars().get(0);
        assertThat(highest.count()).isEqualTo(4);
        assertThat(highest.y()).isEqualTo(chart.plotTop());
        assertThat(highest.y() + highest.height()).isEqualTo(chart.plotBottom());
        assertThat(chart.bars().get(1).height()).isZero();
        assertThat(chart.bars().get(2).height()).isEqualTo(highest.height() / 2);
        assertThat(chart.ticks()).extracting(MonthlyChart.Tick::value).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(chart.labels()).extracting(MonthlyChart.Label::text).containsExactly("2026/1", "2");
    }

    private static Map<CenterId, Long> counts(long kubu, long tama) {
        Map<CenterId, Long> m = new EnumMap<>(CenterId.class);
        m.put(CenterId.KUBU, kubu);
        m.put(CenterId.TAMA, tama);
        return m;
    }
}
