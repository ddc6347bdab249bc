package jp.tokyo.mcc.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.calendar.Holiday;

/**
 * Holidays set by special laws rather than the act's rules: one-off days for royal events, and the moves of
 * 海の日, スポーツの日 and 山の日 for the Tokyo Olympics (2020, and again 2021 after the postponement).
 * The days between 即位の日 and its neighbours (2019-04-30, 2019-05-02) follow from the 国民の休日 rule.
 */
public final class SpecialLaws {

    private static final List<Holiday> ONE_OFF = List.of(
            special(LocalDate.of(1959, 4, 10), "結婚の儀"),        // wedding of Crown Prince Akihito
            special(LocalDate.of(1989, 2, 24), "大喪の礼"),        // funeral of Emperor Showa
            special(LocalDate.of(1990, 11, 12), "即位礼正殿の儀"),  // enthronement ceremony of Emperor Akihito
            special(LocalDate.of(1993, 6, 9), "結婚の儀"),         // wedding of Crown Prince Naruhito
            special(LocalDate.of(2019, 5, 1), "即位の日"),         // accession of Emperor Naruhito
            special(LocalDate.of(2019, 10, 22), "即位礼正殿の儀")); // his enthronement ceremony

    private static final Map<Integer, Map<String, LocalDate>> MOVED = Map.of(
            2020, Map.of(
                    "海の日", LocalDate.of(2020, 7, 23),
                    "スポーツの日", LocalDate.of(2020, 7, 24),
                    "山の日", LocalDate.of(2020, 8, 10)),
            2021, Map.of(
                    "海の日", LocalDate.of(2021, 7, 22),
                    "スポーツの日", LocalDate.of(2021, 7, 23),
                    "山の日", LocalDate.of(2021, 8, 8)));

    private SpecialLaws() {
    }

    /** The one-off holidays of the given year. */
    public static List<Holiday> oneOffs(int year) {
        return ONE_OFF.stream().filter(h -> h.date().getYear() == year).toList();
    }

    /** The date a special law moved the named holiday to in that year, if it did. */
    public static Optional<LocalDate> movedDate(int year, String holidayName) {
        return Optional.ofNullable(MOVED.getOrDefault(year, Map.of()).get(holidayName));
    }

    private static Holiday special(LocalDate date, String name) {
        return new Holiday(date, name, Holiday.Kind.SPECIAL);
    }
}
