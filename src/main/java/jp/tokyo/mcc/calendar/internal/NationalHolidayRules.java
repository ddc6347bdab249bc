package jp.tokyo.mcc.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import jp.tokyo.mcc.calendar.Holiday;

/**
 * The 国民の祝日 of the national holidays act (in force 1948-07-20), each with the years its rule applied.
 * Names are the act's own names (legal identifiers, not display text of this application).
 */
public final class NationalHolidayRules {

    private static final int OPEN = Integer.MAX_VALUE;

    private record Rule(String name, int firstYear, int lastYear, IntFunction<LocalDate> date) {
        boolean appliesTo(int year) {
            return year >= firstYear && year <= lastYear;
        }
    }

    private static final List<Rule> RULES = List.of(
            fixed("元日", 1949, OPEN, 1, 1),
            fixed("成人の日", 1949, 1999, 1, 15),
            nthMonday("成人の日", 2000, OPEN, 1, 2),
            fixed("建国記念の日", 1967, OPEN, 2, 11),
            fixed("天皇誕生日", 2020, OPEN, 2, 23),
            new Rule("春分の日", 1949, OPEN, Equinox::vernal),
            fixed("天皇誕生日", 1949, 1988, 4, 29),
            fixed("みどりの日", 1989, 2006, 4, 29),
            fixed("昭和の日", 2007, OPEN, 4, 29),
            fixed("憲法記念日", 1949, OPEN, 5, 3),
            fixed("みどりの日", 2007, OPEN, 5, 4),
            fixed("こどもの日", 1949, OPEN, 5, 5),
            fixed("海の日", 1996, 2002, 7, 20),
            nthMonday("海の日", 2003, OPEN, 7, 3),
            fixed("山の日", 2016, OPEN, 8, 11),
            fixed("敬老の日", 1966, 2002, 9, 15),
            nthMonday("敬老の日", 2003, OPEN, 9, 3),
            new Rule("秋分の日", 1948, OPEN, Equinox::autumnal),
            fixed("体育の日", 1966, 1999, 10, 10),
            nthMonday("体育の日", 2000, 2019, 10, 2),
            nthMonday("スポーツの日", 2020, OPEN, 10, 2),
            fixed("文化の日", 1948, OPEN, 11, 3),
            fixed("勤労感謝の日", 1948, OPEN, 11, 23),
            fixed("天皇誕生日", 1989, 2018, 12, 23));

    private NationalHolidayRules() {
    }

    /** The year's 祝日 by rule, with the special laws' moves (2020, 2021) applied; unsorted. */
    public static List<Holiday> of(int year) {
        List<Holiday> holidays = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.appliesTo(year)) {
                LocalDate date = SpecialLaws.movedDate(year, rule.name()).orElseGet(() -> rule.date().apply(year));
                holidays.add(new Holiday(date, rule.name(), Holiday.Kind.NATIONAL));
            }
        }
        return holidays;
    }

    private static Rule fixed(String name, int firstYear, int lastYear, int month, int day) {
        return new Rule(name, firstYear, lastYear, year -> LocalDate.of(year, month, day));
    }

    private static Rule nthMonday(String name, int firstYear, int lastYear, int month, int ordinal) {
        return new Rule(name, firstYear, lastYear,
                year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY)));
    }
}
