package jp.tokyo.mcc.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ConsoleFormatTest {

    @Test
    void spansReadNaturally() {
        assertThat(ConsoleFormat.span(Duration.ofMinutes(5))).isEqualTo("5分");
        assertThat(ConsoleFormat.span(Duration.ofMinutes(125))).isEqualTo("2時間");
        assertThat(ConsoleFormat.span(Duration.ofHours(47))).isEqualTo("47時間");
        assertThat(ConsoleFormat.span(Duration.ofHours(72))).isEqualTo("3日");
        assertThat(ConsoleFormat.span(Duration.ofMinutes(-5))).isEqualTo("0分");
    }
}
