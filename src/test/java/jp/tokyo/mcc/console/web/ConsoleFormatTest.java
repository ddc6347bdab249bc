package jp.tokyo.mcc.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jp.tokyo.mcc.calendar.CalendarProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ConsoleFormatTest {

    private static ConsoleFormat consoleFormat() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/console");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ConsoleFormat(CalendarProperties.defaults(), new ConsoleMessages(messages));
    }

    @Test
    void spansReadNaturally() {
        ConsoleFormat format = consoleFormat();
        assertThat(format.span(Duration.ofMinutes(5))).isEqualTo("5分");
        assertThat(format.span(Duration.ofMinutes(125))).isEqualTo("2時間");
        assertThat(format.span(Duration.ofHours(47))).isEqualTo("47時間");
        assertThat(format.span(Duration.ofHours(72))).isEqualTo("3日");
        assertThat(format.span(Duration.ofMinutes(-5))).isEqualTo("0分");
    }

    @Test
    void timesAreJapanTimeWhateverTheServersZone() {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
            ConsoleFormat format = consoleFormat();
            java.time.Instant noonUtc = java.time.Instant.parse("2026-12-03T15:30:00Z");
            assertThat(format.fullTime(noonUtc)).isEqualTo("2026/12/4 00:30:00");
            assertThat(format.time(noonUtc)).isEqualTo("12/4 00:30");
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }
}
