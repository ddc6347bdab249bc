package jp.tokyo.mcc.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Events are handled on two threads per processor unless a number is set. */
class DispatchThreadsTest {

    private static LineProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("app.line", LineProperties.class);
    }

    @Test
    void twoPerProcessorByDefault() {
        assertThat(bind(Map.of()).dispatchThreads()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aNumberSetIsKept() {
        assertThat(bind(Map.of("app.line.dispatch-threads", "12")).dispatchThreads()).isEqualTo(12);
    }
}
