package jp.tokyo.mcc.line.webhook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * LINE's webhook ({@code POST /callback}) bypasses Spring Security's filter chain: it has no session, no login and
 * no CSRF token, and {@link WebhookController} checks LINE's signature over the raw body before anything else. The
 * filter chain (session, CSRF, security context, headers) cost a sizeable share of the CPU per webhook under load.
 */
@Configuration(proxyBeanMethods = false)
class CallbackOutsideSecurityFilters {

    @Bean
    WebSecurityCustomizer callbackWithoutSecurityFilters() {
        return web -> web.ignoring().requestMatchers(HttpMethod.POST, "/callback");
    }
}
