package jp.tokyo.mcc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Cases outside the Cabinet Office list's range and the kinds of days off. */
class JapaneseHolidaysTest {

    @Test
    void noHolidaysBeforeTheActCameIntoForce() {
        assertThat(JapaneseHolidays.holidaysIn(1947)).isEmpty();
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(1948, 5, 3))).isFalse();
    }

    @Test
    void firstYearHasOnlyTheAutumnHolidays() {
        assertThat(JapaneseHolidays.holidaysIn(1948)).extracting(Holiday::date).containsExactly(
                LocalDate.of(1948, 9, 23), LocalDate.of(1948, 11, 3), LocalDate.of(1948, 11, 23));
    }

    @Test
    void kindsOfDaysOff() {
        assertThat(JapaneseHolidays.holiday(LocalDate.of(2019, 5, 1)))
                .contains(new Holiday(LocalDate.of(2019, 5, 1), "即位の日", Holiday.Kind.SPECIAL));
        assertThat(JapaneseHolidays.holiday(LocalDate.of(2019, 4, 30))).map(Holiday::kind)
                .contains(Holiday.Kind.CITIZENS);
        assertThat(JapaneseHolidays.holiday(LocalDate.of(2021, 8, 9))).map(Holiday::kind)
                .contains(Holiday.Kind.SUBSTITUTE);
        assertThat(JapaneseHolidays.holidayName(LocalDate.of(2021, 7, 23))).contains("スポーツの日");
        assertThat(JapaneseHolidays.holidayName(LocalDate.of(2021, 10, 11))).isEmpty();
        assertThat(JapaneseHolidays.holidayName(LocalDate.of(2019, 12, 23))).isEmpty();
    }

    @Test
    void vernalEquinoxMovesToThe19thIn2092() {
        assertThat(JapaneseHolidays.holidayName(LocalDate.of(2092, 3, 19))).contains("春分の日");
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2092, 3, 20))).isFalse();
    }

    @Test
    void yearsBeyondTheEquinoxFormulaAreRejected() {
        assertThat(JapaneseHolidays.holidaysIn(JapaneseHolidays.LAST_YEAR)).isNotEmpty();
        assertThatThrownBy(() -> JapaneseHolidays.isHoliday(LocalDate.of(JapaneseHolidays.LAST_YEAR + 1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
