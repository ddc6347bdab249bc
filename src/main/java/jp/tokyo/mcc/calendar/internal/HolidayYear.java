package jp.tokyo.mcc.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import jp.tokyo.mcc.calendar.Holiday;

/** Computes all days off of one year: 祝日 by rule and special law, then 振替休日, then 国民の休日. */
public final class HolidayYear {

    /** The act came into force on this day; there are no holidays under it before. */
    public static final LocalDate ACT_IN_FORCE = LocalDate.of(1948, 7, 20);
    /** Amendment introducing 振替休日 (a Sunday holiday moves to the Monday). */
    static final LocalDate SUBSTITUTE_FROM = LocalDate.of(1973, 4, 12);
    /** Amendment making 振替休日 the next day that is not a 祝日 (instead of only Monday). */
    static final LocalDate SUBSTITUTE_NEXT_FREE_DAY_FROM = LocalDate.of(2007, 1, 1);
    /** Amendment introducing 国民の休日 (a day between two 祝日). */
    static final LocalDate CITIZENS_FROM = LocalDate.of(1985, 12, 27);

    private HolidayYear() {
    }

    /** All days off of the year, sorted by date; empty before 1948. */
    public static List<Holiday> compute(int year) {
        if (year < ACT_IN_FORCE.getYear()) {
            return List.of();
        }
        NavigableMap<LocalDate, Holiday> shukujitsu = new TreeMap<>();
        NationalHolidayRules.of(year).forEach(h -> shukujitsu.put(h.date(), h));
        SpecialLaws.oneOffs(year).forEach(h -> shukujitsu.put(h.date(), h));

        NavigableMap<LocalDate, Holiday> all = new TreeMap<>(shukujitsu);
        for (LocalDate date : shukujitsu.keySet()) {
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY && !date.isBefore(SUBSTITUTE_FROM)) {
                LocalDate substitute = date.plusDays(1);
                if (!date.isBefore(SUBSTITUTE_NEXT_FREE_DAY_FROM)) {
                    while (shukujitsu.containsKey(substitute)) {
                        substitute = substitute.plusDays(1);
                    }
                }
                if (!shukujitsu.containsKey(substitute)) {
                    all.put(substitute, new Holiday(substitute, "振替休日", Holiday.Kind.SUBSTITUTE));
                }
            }
        }
        for (LocalDate date : shukujitsu.keySet()) {
            LocalDate between = date.plusDays(1);
            if (!between.isBefore(CITIZENS_FROM)
                    && shukujitsu.containsKey(date.plusDays(2))
                    && !all.containsKey(between)
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                all.put(between, new Holiday(between, "国民の休日", Holiday.Kind.CITIZENS));
            }
        }
        return List.copyOf(all.values());
    }
}
