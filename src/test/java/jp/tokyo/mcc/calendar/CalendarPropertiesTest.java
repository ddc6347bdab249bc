package jp.tokyo.mcc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

class CalendarPropertiesTest {

    private static CalendarProperties bind(Map<String, String> values) {
        List<ConfigurationPropertySource> sources = List.of(new MapConfigurationPropertySource(values));
        return new Binder(sources, null, ApplicationConversionService.getSharedInstance())
                .bindOrCreate("app.calendar", CalendarProperties.class);
    }

    @Test
    void defaultsFollowTheLeaflet() {
        CalendarProperties defaults = bind(Map.of());
        assertThat(defaults).isEqualTo(CalendarProperties.defaults());
        assertThat(defaults.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(defaults.opens()).isEqualTo(LocalTime.of(9, 0));
        assertThat(defaults.closes()).isEqualTo(LocalTime.of(17, 0));
        assertThat(defaults.openDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(defaults.extraClosures()).isEmpty();
    }

    @Test
    void bindsTheDocumentedFormats() {
        CalendarProperties bound = bind(Map.of(
                "app.calendar.zone", "Asia/Tokyo",
                "app.calendar.opens", "09:30",
                "app.calendar.closes", "16:00",
                "app.calendar.open-days", "MONDAY,SATURDAY",
                "app.calendar.year-end-closure-start", "--12-28",
                "app.calendar.year-end-closure-end", "--01-04",
                "app.calendar.extra-closures", "2026-12-01,2026-12-02"));
        assertThat(bound.opens()).isEqualTo(LocalTime.of(9, 30));
        assertThat(bound.closes()).isEqualTo(LocalTime.of(16, 0));
        assertThat(bound.openDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(bound.yearEndClosureStart()).isEqualTo(MonthDay.of(12, 28));
        assertThat(bound.yearEndClosureEnd()).isEqualTo(MonthDay.of(1, 4));
        assertThat(bound.extraClosures()).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
    }

    @Test
    void yearEndClosureWrapsOverNewYear() {
        CalendarProperties defaults = CalendarProperties.defaults();
        assertThat(defaults.inYearEndClosure(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(defaults.inYearEndClosure(LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(defaults.inYearEndClosure(LocalDate.of(2027, 1, 3))).isTrue();
        assertThat(defaults.inYearEndClosure(LocalDate.of(2027, 1, 4))).isFalse();
        CalendarProperties august = new CalendarProperties(null, null, null, null,
                MonthDay.of(8, 13), MonthDay.of(8, 15), null);
        assertThat(august.inYearEndClosure(LocalDate.of(2026, 8, 14))).isTrue();
        assertThat(august.inYearEndClosure(LocalDate.of(2026, 12, 30))).isFalse();
    }

    @Test
    void opensMustBeBeforeCloses() {
        assertThatThrownBy(() -> new CalendarProperties(null, LocalTime.of(17, 0), LocalTime.of(9, 0),
                null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
