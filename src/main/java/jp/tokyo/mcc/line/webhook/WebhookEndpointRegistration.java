package jp.tokyo.mcc.line.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.tokyo.mcc.line.LineChannel;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.inbox.CommitBarrier;
import jp.tokyo.mcc.line.inbox.EventDispatcher;
import jp.tokyo.mcc.line.inbox.InboxEntries;
import jp.tokyo.mcc.line.inbox.SetAsideEvents;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Serves {@code /callback} with {@link WebhookEndpoint}, ahead of every other filter (Spring Security's too). */
@Configuration(proxyBeanMethods = false)
class WebhookEndpointRegistration {

    static final String PATH = "/callback";

    @Bean
    FilterRegistrationBean<WebhookEndpoint> webhookEndpoint(LineChannel channel, InboxEntries inbox,
                                                            EventDispatcher dispatcher, SetAsideEvents setAside,
                                                            CommitBarrier durable, IntakeJournal journal, ObjectMapper json,
                                                            LineProperties properties) {
        FilterRegistrationBean<WebhookEndpoint> registration = new FilterRegistrationBean<>(
                new WebhookEndpoint(channel, inbox, dispatcher, setAside, durable, journal, json,
                        properties));
        registration.addUrlPatterns(PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("lineWebhook");
        return registration;
    }
}
