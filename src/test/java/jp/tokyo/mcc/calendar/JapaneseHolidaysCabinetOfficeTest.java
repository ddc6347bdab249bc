package jp.tokyo.mcc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every day of the Cabinet Office's holiday list (src/test/resources/calendar, see README there) against the
 * rule-based computation: same set of days off, same names for the act's holidays.
 */
class JapaneseHolidaysCabinetOfficeTest {

    /** How the Cabinet Office labels 振替休日 and 国民の休日. */
    private static final String CABINET_OFFICE_DAY_OFF = "休日";
    /** How the Cabinet Office labels the 2019 one-off days treated as 祝日. */
    private static final String CABINET_OFFICE_TREATED_AS_HOLIDAY = "休日（祝日扱い）";

    private static final TreeMap<LocalDate, String> official = new TreeMap<>();

    @BeforeAll
    static void readCabinetOfficeList() throws IOException {
        try (InputStream in = JapaneseHolidaysCabinetOfficeTest.class.getResourceAsStream(
                "/calendar/japan-holidays-cabinet-office.csv")) {
            assertThat(in).as("test resource calendar/japan-holidays-cabinet-office.csv").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertThat(reader.readLine()).isEqualTo("date,name");
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", 2);
                    official.put(LocalDate.parse(cells[0].strip()), cells[1].strip());
                }
            }
        }
        assertThat(official).hasSizeGreaterThan(1000);
    }

    @Test
    void everyDayOfTheCabinetOfficeListMatches() {
        LocalDate first = official.firstKey().withDayOfYear(1);
        LocalDate last = official.lastKey();
        assertThat(first).isBeforeOrEqualTo(LocalDate.of(1980, 1, 1));

        List<String> mismatches = new ArrayList<>();
        int days = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1), days++) {
            String expected = official.get(day);
            Optional<Holiday> computed = JapaneseHolidays.holiday(day);
            if (expected == null && computed.isPresent()) {
                mismatches.add(day + " " + day.getDayOfWeek() + ": computed " + computed.get() + ", not in the list");
            } else if (expected != null && computed.isEmpty()) {
                mismatches.add(day + " " + day.getDayOfWeek() + ": list has " + expected + ", not computed");
            } else if (expected != null && !sameName(expected, computed.get())) {
                mismatches.add(day + ": list names it " + expected + ", computed " + computed.get());
            }
            assertThat(JapaneseHolidays.isHoliday(day)).isEqualTo(computed.isPresent());
        }
        assertThat(days).isGreaterThan(17_000);
        assertThat(mismatches)
                .as("days off differing from the Cabinet Office list %s..%s", first, last)
                .isEmpty();
    }

    @Test
    void holidaysInYearAreTheListsDaysSorted() {
        for (int year = official.firstKey().getYear(); year < official.lastKey().getYear(); year++) {
            List<LocalDate> expected = official.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                    .keySet().stream().toList();
            assertThat(JapaneseHolidays.holidaysIn(year).stream().map(Holiday::date).toList())
                    .as("holidays of %d", year).isEqualTo(expected);
        }
    }

    private static boolean sameName(String expected, Holiday computed) {
        return switch (computed.kind()) {
            case SUBSTITUTE, CITIZENS -> expected.equals(CABINET_OFFICE_DAY_OFF);
            case SPECIAL -> expected.equals(computed.name()) || expected.equals(CABINET_OFFICE_TREATED_AS_HOLIDAY);
            // 2019-10-14 is listed as 体育の日（スポーツの日）: the act's name with the coming name in brackets
            case NATIONAL -> expected.equals(computed.name()) || expected.startsWith(computed.name() + "（");
        };
    }
}
