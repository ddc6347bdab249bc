package jp.tokyo.mcc.router;

import jp.tokyo.mcc.conversation.Conversations;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.safety.SafetyCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The router, listening to the line module's events. Switched off with {@code app.conversation.enabled=false}
 * (tests of the channel and the simulator answer with stand-ins of their own).
 */
@Configuration(proxyBeanMethods = false)
class RouterConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "app.conversation", name = "enabled", havingValue = "true", matchIfMissing = true)
    EventRouter eventRouter(ObjectProvider<SafetyCheck> safety, ObjectProvider<OpenInquiries> openInquiries,
                            Conversations conversations, Outbox outbox) {
        return new EventRouter(safety::getIfAvailable, openInquiries::getIfAvailable, conversations, outbox);
    }
}
