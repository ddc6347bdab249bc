package jp.tokyo.mcc.router;

import io.micrometer.core.instrument.MeterRegistry;
import jp.tokyo.mcc.conversation.Conversations;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.safety.SafetyCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * The router, listening to the line module's events. Switched off with {@code app.conversation.enabled=false}
 * (tests of the channel and the simulator answer with stand-ins of their own). {@code app.router.engine=echo} puts the
 * benchmark's {@link EchoRouter} in its place.
 */
@Configuration(proxyBeanMethods = false)
class RouterConfiguration {

    @Bean
    @ConditionalOnExpression("${app.conversation.enabled:true} and '${app.router.engine:conversation}' != 'echo'")
    EventRouter eventRouter(ObjectProvider<SafetyCheck> safety, ObjectProvider<OpenInquiries> openInquiries,
                            Conversations conversations, Outbox outbox, ObjectProvider<MeterRegistry> registry) {
        // no registry (a context without metrics): nothing recorded
        // looked up once, at the first event (ObjectProvider resolves the bean again at every call)
        return new EventRouter(SingletonSupplier.of(safety::getIfAvailable),
                SingletonSupplier.of(openInquiries::getIfAvailable), conversations, outbox,
                new RouterMeters(registry.getIfAvailable()));
    }

    @Bean
    @ConditionalOnProperty(prefix = "app.router", name = "engine", havingValue = "echo")
    EchoRouter echoRouter(Outbox outbox, MessageSource messages) {
        return new EchoRouter(outbox, messages);
    }
}
