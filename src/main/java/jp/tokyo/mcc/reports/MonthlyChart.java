package jp.tokyo.mcc.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.directory.CenterId;

/**
 * The geometry of the monthly bar chart the console draws as SVG on the server (no script): per month one bar per
 * center counted, side by side, the y axis with round ticks.
 *
 * @param width  view box width
 * @param height view box height
 * @param plotTop    y of the plot's top
 * @param plotBottom y of the plot's bottom (the x axis)
 * @param plotLeft   x of the y axis
 * @param plotRight  x of the plot's right edge
 * @param bars   the bars
 * @param ticks  the y axis ticks
 * @param labels the month labels under the x axis
 */
public record MonthlyChart(int width, int height, int plotTop, int plotBottom, int plotLeft, int plotRight,
                           List<Bar> bars, List<Tick> ticks, List<Label> labels) {

    /** One center's count in one month. */
    public record Bar(double x, double y, double width, double height, String center, YearMonth month, long count) {
    }

    /** A value on the y axis. */
    public record Tick(double y, long value) {
    }

    /** A month under its bars. */
    public record Label(double x, String text) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int TOP = 12;
    private static final int BOTTOM = 224;
    private static final int LEFT = 44;
    private static final int RIGHT = 708;

    public static MonthlyChart of(InquiryReport report) {
        List<YearMonth> months = report.months();
        List<CenterId> centers = report.centers();
        long max = report.monthly().values().stream().flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue).max().orElse(0);
        long step = step(max);
        long top = Math.max(step, (max + step - 1) / step * step);
        double plotHeight = BOTTOM - TOP;
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Tick(BOTTOM - plotHeight * v / top, v));
        }
        double slot = (double) (RIGHT - LEFT) / Math.max(1, months.size());
        double barWidth = slot * 0.8 / Math.max(1, centers.size());
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        boolean everyOther = months.size() > 18;
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            Map<CenterId, Long> perCenter = report.monthly().getOrDefault(month, Map.of());
            double x0 = LEFT + slot * i + slot * 0.1;
            for (int c = 0; c < centers.size(); c++) {
                long count = perCenter.getOrDefault(centers.get(c), 0L);
                double h = plotHeight * count / top;
                bars.add(new Bar(x0 + barWidth * c, BOTTOM - h, barWidth, h, centers.get(c).code(), month, count));
            }
            if (!everyOther || i % 2 == 0) {
                labels.add(new Label(LEFT + slot * i + slot / 2,
                        month.getMonthValue() == 1 || i == 0 ? month.getYear() + "/" + month.getMonthValue()
                                : String.valueOf(month.getMonthValue())));
            }
        }
        return new MonthlyChart(WIDTH, HEIGHT, TOP, BOTTOM, LEFT, RIGHT, bars, ticks, labels);
    }

    /** A round tick step (1, 2 or 5 times a power of ten) giving at most five steps up to {@code max}. */
    static long step(long max) {
        long step = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) {
                if (max <= step * f * 5) {
                    return step * f;
                }
            }
            step *= 10;
        }
    }
}
