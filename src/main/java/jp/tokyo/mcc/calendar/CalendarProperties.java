package jp.tokyo.mcc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The centers' opening hours and closures ({@code app.calendar.*}). Defaults follow the centers' leaflet:
 * Monday to Friday 9:00-17:00, closed on national holidays and over the year end (12/29-1/3).
 *
 * @param zone                 time zone of the hours (default Asia/Tokyo)
 * @param opens                opening time (default 09:00)
 * @param closes               closing time, after {@code opens} on the same day (default 17:00)
 * @param openDays             days of the week the centers open (default MONDAY..FRIDAY)
 * @param yearEndClosureStart  first day of the year-end closure, as {@code --MM-dd} (default --12-29)
 * @param yearEndClosureEnd    last day of the year-end closure, as {@code --MM-dd} (default --01-03)
 * @param extraClosures        further closed days, as {@code yyyy-MM-dd} (default none)
 */
@ConfigurationProperties(prefix = "app.calendar")
public record CalendarProperties(
        ZoneId zone,
        LocalTime opens,
        LocalTime closes,
        Set<DayOfWeek> openDays,
        MonthDay yearEndClosureStart,
        MonthDay yearEndClosureEnd,
        List<LocalDate> extraClosures) {

    public CalendarProperties {
        zone = zone != null ? zone : ZoneId.of("Asia/Tokyo");
        opens = opens != null ? opens : LocalTime.of(9, 0);
        closes = closes != null ? closes : LocalTime.of(17, 0);
        openDays = openDays != null && !openDays.isEmpty()
                ? Set.copyOf(EnumSet.copyOf(openDays))
                : Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        yearEndClosureStart = yearEndClosureStart != null ? yearEndClosureStart : MonthDay.of(12, 29);
        yearEndClosureEnd = yearEndClosureEnd != null ? yearEndClosureEnd : MonthDay.of(1, 3);
        extraClosures = extraClosures != null ? List.copyOf(extraClosures) : List.of();
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("app.calendar.opens must be before app.calendar.closes");
        }
    }

    /** All defaults. */
    public static CalendarProperties defaults() {
        return new CalendarProperties(null, null, null, null, null, null, null);
    }

    /** Whether the day falls in the year-end closure (which may wrap over New Year). */
    public boolean inYearEndClosure(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        if (!yearEndClosureStart.isAfter(yearEndClosureEnd)) {
            return !day.isBefore(yearEndClosureStart) && !day.isAfter(yearEndClosureEnd);
        }
        return !day.isBefore(yearEndClosureStart) || !day.isAfter(yearEndClosureEnd);
    }
}
