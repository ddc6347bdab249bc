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
}
