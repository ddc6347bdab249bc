package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class LocalModeConditionTest {

    @Configuration
    static class Probe {
        @Bean
        @org.springframework.context.annotation.Conditional(LocalModeCondition.class)
        String localOnly() {
            return "simulator";
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Probe.class);

    @Test
    void matchesWithoutASecret() {
        runner.run(context -> assertThat(context).hasBean("localOnly"));
        runner.withPropertyValues("app.line.channel-secret=").run(context -> assertThat(context).hasBean("localOnly"));
        runner.withPropertyValues("app.line.channel-secret=  ").run(context -> assertThat(context).hasBean("localOnly"));
    }

    @Test
    void doesNotMatchWithASecret() {
        runner.withPropertyValues("app.line.channel-secret=abc'123")
                .run(context -> assertThat(context).doesNotHaveBean("localOnly"));
    }
}
