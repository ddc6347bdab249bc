package jp.tokyo.mcc.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole bot on a random port, its Messaging API pointed at the shared WireMock {@link LineApiStub}. Tests that
 * extend this without adding configuration share one Spring context (keep it that way: every extra context costs
 * seconds and threads). Use fresh user ids ({@link Webhooks#newUserId()}) so tests never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class AbstractBotIT {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void lineApi(DynamicPropertyRegistry registry) {
        registry.add("app.line.api-endpoint", LineApiStub::baseUrl);
        registry.add("app.line.api-data-endpoint", LineApiStub::baseUrl);
    }

    @BeforeEach
    void healthyLine() {
        LineApiStub.resetToHealthy();
    }
}
