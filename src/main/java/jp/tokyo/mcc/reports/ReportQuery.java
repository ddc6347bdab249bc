package jp.tokyo.mcc.reports;

import java.time.LocalDate;
import java.time.YearMonth;

import jp.tokyo.mcc.directory.CenterId;

/**
 * Which inquiries a report counts: those handed over from {@code from} to {@code to} (both days included, in the
 * centers' time zone), of one center or (null) every center the staff member may see.
 */
public record ReportQuery(LocalDate from, LocalDate to, CenterId center) {

    /** The longest period one report covers. */
    public static final int MAX_YEARS = 10;

    public ReportQuery {
        if (from == null || to == null) {
            throw new ReportException(ReportException.Reason.INVALID, "dates", "from and to are needed (YYYY-MM-DD)");
        }
        if (from.isAfter(to)) {
            throw new ReportException(ReportException.Reason.INVALID, "dates", "from is after to");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new ReportException(ReportException.Reason.INVALID, "dates",
                    "a report covers at most " + MAX_YEARS + " years");
        }
    }

    /**
     * From request parameters ({@code YYYY-MM-DD}; a center code). Without {@code to}: today; without {@code from}:
     * the first day of the month eleven months before {@code to}.
     */
    public static ReportQuery parse(String from, String to, String center, LocalDate today) {
        LocalDate end = blank(to) ? today : date(to, "to");
        LocalDate start = blank(from) ? YearMonth.from(end).minusMonths(11).atDay(1) : date(from, "from");
        CenterId centerId = blank(center) ? null : CenterId.fromCode(center).orElseThrow(() ->
                new ReportException(ReportException.Reason.INVALID, "center", "center must be kubu or tama"));
        return new ReportQuery(start, end, centerId);
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ReportException(ReportException.Reason.INVALID, "dates", name + " must be a date as YYYY-MM-DD");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The last twelve months up to {@code today} (from the first day of the month eleven months before). */
    public static ReportQuery lastTwelveMonths(LocalDate today, CenterId center) {
        return new ReportQuery(YearMonth.from(today).minusMonths(11).atDay(1), today, center);
    }
}
