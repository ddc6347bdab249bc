package jp.tokyo.mcc.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tokyo.mcc.calendar.internal.Equinox;
import jp.tokyo.mcc.calendar.internal.HolidayYear;

/**
 * Japanese national holidays (国民の祝日に関する法律, in force since 1948-07-20) computed by the act's rules:
 * the holidays with the years each rule applied, the equinoxes by the astronomical approximation, 振替休日,
 * 国民の休日 and the special laws' one-off holidays and moves. No Spring needed; results are cached per year.
 * Dates before 1948-07-20 have no holidays; years after {@value #LAST_YEAR} are outside the equinox formula.
 * Future years are a projection of today's law.
 */
public final class JapaneseHolidays {

    /** Last year the equinox approximation (and so this class) covers. */
    public static final int LAST_YEAR = Equinox.LAST_YEAR;

    private static final Map<Integer, Map<LocalDate, Holiday>> CACHE = new ConcurrentHashMap<>();

    private JapaneseHolidays() {
    }

    /** The day off on that date, if any. */
    public static Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(byDate(date.getYear()).get(date));
    }

    /** The holiday's name (振替休日 and 国民の休日 for the days the act adds), if the date is a day off. */
    public static Optional<String> holidayName(LocalDate date) {
        return holiday(date).map(Holiday::name);
    }

    /** Whether the date is a day off under the act or a special law (any {@link Holiday.Kind}). */
    public static boolean isHoliday(LocalDate date) {
        return byDate(date.getYear()).containsKey(date);
    }

    /** All days off of the year, sorted by date. */
    public static List<Holiday> holidaysIn(int year) {
        return List.copyOf(byDate(year).values());
    }

    private static Map<LocalDate, Holiday> byDate(int year) {
        if (year > LAST_YEAR) {
            throw new IllegalArgumentException("holidays are computed up to " + LAST_YEAR + ": " + year);
        }
        return CACHE.computeIfAbsent(year, y -> Collections.unmodifiableMap(HolidayYear.compute(y).stream()
                .collect(Collectors.toMap(Holiday::date, Function.identity(), (a, b) -> a, LinkedHashMap::new))));
    }
}
