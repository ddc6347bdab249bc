package jp.tokyo.mcc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class CenterCalendarTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final CenterCalendar calendar = calendar(CalendarProperties.defaults());

    static CenterCalendar calendar(CalendarProperties properties) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/calendar");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return new CenterCalendar(properties, messages);
    }

    /** A Tokyo local time, e.g. "2025-12-01T09:00". */
    static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
    }

    static ZonedDateTime tokyoZoned(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TOKYO);
    }

    @Test
    void weekdayWithinHoursIsOpen() {
        Instant mondayMorning = tokyo("2025-12-01T10:15");
        assertThat(calendar.isOpen(mondayMorning)).isTrue();
        assertThat(calendar.isOpen(tokyo("2025-12-01T09:00"))).isTrue();
        assertThat(calendar.isOpen(tokyo("2025-12-01T16:59:59"))).isTrue();
        assertThat(calendar.nextOpening(mondayMorning).toInstant()).isEqualTo(mondayMorning);
        assertThat(calendar.nextOpening(mondayMorning).getZone()).isEqualTo(TOKYO);
    }

    @Test
    void beforeNineOpensTheSameMorning() {
        assertThat(calendar.isOpen(tokyo("2025-12-01T08:59:59"))).isFalse();
        assertThat(calendar.nextOpening(tokyo("2025-12-01T06:00"))).isEqualTo(tokyoZoned("2025-12-01T09:00"));
    }

    @Test
    void atAndAfterFiveOpensTheNextBusinessDay() {
        assertThat(calendar.isOpen(tokyo("2025-12-01T17:00"))).isFalse();
        assertThat(calendar.nextOpening(tokyo("2025-12-01T17:00"))).isEqualTo(tokyoZoned("2025-12-02T09:00"));
        assertThat(calendar.nextOpening(tokyo("2025-12-01T23:30"))).isEqualTo(tokyoZoned("2025-12-02T09:00"));
    }

    @Test
    void fridayEveningAndSaturdayOpenOnMonday() {
        assertThat(calendar.nextOpening(tokyo("2025-11-28T18:00"))).isEqualTo(tokyoZoned("2025-12-01T09:00"));
        assertThat(calendar.isOpen(tokyo("2025-11-29T10:00"))).isFalse();
        assertThat(calendar.nextOpening(tokyo("2025-11-29T10:00"))).isEqualTo(tokyoZoned("2025-12-01T09:00"));
    }

    @Test
    void instantsAreReadInTheCentersZone() {
        Instant fridayNineUtc = Instant.parse("2025-11-28T09:00:00Z"); // 18:00 in Tokyo
        assertThat(calendar.isOpen(fridayNineUtc)).isFalse();
        assertThat(calendar.isOpen(Instant.parse("2025-11-28T00:00:00Z"))).isTrue(); // 9:00 in Tokyo
    }

    @Test
    void holidayMondayIsClosed() {
        // 2025-11-23 勤労感謝の日 is a Sunday: Monday 11-24 is its 振替休日
        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 11, 24))).isFalse();
        assertThat(calendar.isOpen(tokyo("2025-11-24T10:00"))).isFalse();
        assertThat(calendar.nextOpening(tokyo("2025-11-21T18:00"))).isEqualTo(tokyoZoned("2025-11-25T09:00"));
        // 成人の日 2026-01-12
        assertThat(calendar.nextOpening(tokyo("2026-01-09T17:30"))).isEqualTo(tokyoZoned("2026-01-13T09:00"));
    }

    @Test
    void yearEndClosureOpensOnTheFourthOrTheNextBusinessDay() {
        // 2026-12-28 is a Monday; 2027-01-04 a Monday
        assertThat(calendar.nextOpening(tokyo("2026-12-28T18:00"))).isEqualTo(tokyoZoned("2027-01-04T09:00"));
        assertThat(calendar.isOpen(tokyo("2026-12-29T10:00"))).isFalse();
        assertThat(calendar.isOpen(tokyo("2027-01-03T10:00"))).isFalse();
        // 2025-12-26 is a Friday; 2026-01-04 a Sunday, so the 5th
        assertThat(calendar.nextOpening(tokyo("2025-12-26T17:00"))).isEqualTo(tokyoZoned("2026-01-05T09:00"));
    }

    @Test
    void extraClosureIsSkipped() {
        CenterCalendar closedOnTuesday = calendar(new CalendarProperties(
                null, null, null, null, null, null, List.of(LocalDate.of(2025, 12, 2))));
        assertThat(closedOnTuesday.isOpen(tokyo("2025-12-02T10:00"))).isFalse();
        assertThat(closedOnTuesday.nextOpening(tokyo("2025-12-01T18:00"))).isEqualTo(tokyoZoned("2025-12-03T09:00"));
        assertThat(calendar.nextOpening(tokyo("2025-12-01T18:00"))).isEqualTo(tokyoZoned("2025-12-02T09:00"));
    }

    @Test
    void firstAnswerIsDueOneBusinessDayLater() {
        assertThat(calendar.businessDay()).isEqualTo(Duration.ofHours(8));
        assertThat(calendar.firstAnswerDue(tokyo("2025-12-02T13:00"))).isEqualTo(tokyo("2025-12-03T13:00"));
        assertThat(calendar.firstAnswerDue(tokyo("2025-12-02T09:00"))).isEqualTo(tokyo("2025-12-02T17:00"));
        assertThat(calendar.firstAnswerDue(tokyo("2025-12-02T20:00"))).isEqualTo(tokyo("2025-12-03T17:00"));
    }

    @Test
    void dueTimeAcrossAWeekend() {
        // 4 hours on Friday, 4 on Monday
        assertThat(calendar.firstAnswerDue(tokyo("2025-11-28T13:00"))).isEqualTo(tokyo("2025-12-01T13:00"));
        // created on Saturday: counted from Monday's opening
        assertThat(calendar.firstAnswerDue(tokyo("2025-11-29T11:00"))).isEqualTo(tokyo("2025-12-01T17:00"));
    }

    @Test
    void dueTimeAcrossTheYearEnd() {
        // 2 hours on Monday 12-28, 6 on Monday 01-04
        assertThat(calendar.firstAnswerDue(tokyo("2026-12-28T15:00"))).isEqualTo(tokyo("2027-01-04T15:00"));
    }

    @Test
    void businessTimeCountsOnlyOpenHours() {
        Instant fridayFour = tokyo("2025-11-28T16:00");
        Instant mondayTen = tokyo("2025-12-01T10:00");
        assertThat(calendar.businessTimeBetween(fridayFour, mondayTen)).isEqualTo(Duration.ofHours(2));
        assertThat(calendar.businessTimeBetween(mondayTen, fridayFour)).isEqualTo(Duration.ofHours(-2));
        assertThat(calendar.businessTimeBetween(tokyo("2025-11-29T10:00"), tokyo("2025-11-30T10:00")))
                .isZero();
        assertThat(calendar.businessTimeBetween(tokyo("2025-12-01T10:00"), tokyo("2025-12-01T10:30")))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void businessTimeUntilTheDueTimeIsOneBusinessDay() {
        for (String created : List.of("2025-11-28T13:00", "2026-12-28T15:00", "2025-11-21T16:45", "2025-11-29T03:00")) {
            Instant createdAt = tokyo(created);
            assertThat(calendar.businessTimeBetween(createdAt, calendar.firstAnswerDue(createdAt)))
                    .as(created).isEqualTo(Duration.ofHours(8));
        }
    }

    @Test
    void describesTheNextAnswerInJapanese() {
        assertThat(calendar.describeNextAnswer(tokyo("2025-11-28T18:00"))).isEqualTo("12月1日(月) 9時以降");
        assertThat(calendar.describeNextAnswer(tokyo("2026-12-28T18:00"))).isEqualTo("1月4日(月) 9時以降");
        assertThat(calendar.describeNextAnswer(tokyo("2025-12-02T07:00"))).isEqualTo("12月2日(火) 9時以降");
    }

    @Test
    void describesWhetherOpenNow() {
        assertThat(calendar.describeOpenNow(tokyo("2025-12-01T10:00")))
                .isEqualTo("いまは受付時間内です（平日9時〜17時）。");
        assertThat(calendar.describeOpenNow(tokyo("2025-11-29T10:00")))
                .isEqualTo("いまは受付時間外です。相談員のお返事は12月1日(月) 9時以降になります。");
    }

    @Test
    void describesConfiguredHoursWithMinutesAndOtherDays() {
        CenterCalendar custom = calendar(new CalendarProperties(null, LocalTime.of(9, 30), LocalTime.of(16, 0),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), null, null, null));
        assertThat(custom.describeHours()).isEqualTo("月・水・土曜日9時30分〜16時");
        // Tuesday 2025-12-02 evening: next is Wednesday 9:30
        assertThat(custom.describeOpenNow(tokyo("2025-12-02T12:00")))
                .isEqualTo("いまは受付時間外です。相談員のお返事は12月3日(水) 9時30分以降になります。");
        assertThat(custom.firstAnswerDue(tokyo("2025-12-03T15:00"))).isEqualTo(tokyo("2025-12-06T15:00"));
    }

    @Test
    void aCalendarWithoutBusinessDaysFailsLoudly() {
        CenterCalendar neverOpen = calendar(new CalendarProperties(null, null, null, Set.of(DayOfWeek.SUNDAY),
                java.time.MonthDay.of(1, 1), java.time.MonthDay.of(12, 31), null));
        assertThatThrownBy(() -> neverOpen.nextOpening(tokyo("2025-12-01T10:00")))
                .isInstanceOf(IllegalStateException.class);
    }
}
