package jp.tokyo.mcc.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;

import jp.tokyo.mcc.conversation.Conversations;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.StaticMessageSource;

/** The benchmark's echo engine replaces the router only when asked for ({@code app.router.engine=echo}). */
class EchoRouterTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(RouterConfiguration.class)
            .withBean(Outbox.class, () -> mock(Outbox.class))
            .withBean(Conversations.class, () -> mock(Conversations.class))
            .withBean("messageSource", StaticMessageSource.class, EchoRouterTest::messages);

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("router.echo", java.util.Locale.JAPANESE, "echo");
        return m;
    }

    @Test
    void theConversationAnswersUnlessTheEchoEngineIsAskedFor() {
        runner.run(c -> assertThat(c).hasSingleBean(EventRouter.class).doesNotHaveBean(EchoRouter.class));
        runner.withPropertyValues("app.router.engine=conversation")
                .run(c -> assertThat(c).hasSingleBean(EventRouter.class).doesNotHaveBean(EchoRouter.class));
        runner.withPropertyValues("app.router.engine=echo")
                .run(c -> assertThat(c).hasSingleBean(EchoRouter.class).doesNotHaveBean(EventRouter.class));
        runner.withPropertyValues("app.conversation.enabled=false")
                .run(c -> assertThat(c).doesNotHaveBean(EchoRouter.class).doesNotHaveBean(EventRouter.class));
    }

    @Test
    void theEchoAnswersEveryEventButAnUnfollow() {
        Outbox outbox = mock(Outbox.class);
        EchoRouter echo = new EchoRouter(outbox, messages());
        IncomingEvent text = new IncomingEvent(1, "e1", IncomingEvent.Kind.MESSAGE, "U1", Instant.EPOCH, "text",
                "こんにちは", null, false);
        IncomingEvent unfollow = new IncomingEvent(2, "e2", IncomingEvent.Kind.UNFOLLOW, "U1", Instant.EPOCH, null,
                null, null, false);
        echo.route(text);
        echo.route(unfollow);
        verify(outbox).reply(eq(text), eq(List.of(new OutgoingMessage.Text("echo"))));
        verify(outbox, never()).reply(eq(unfollow), any());
    }
}
