package jp.tokyo.mcc.simulator;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In local mode the bot's LINE SDK client is pointed at {@code http://127.0.0.1:<port>/simulator/line-api/}, but the
 * SDK's request paths are absolute ({@code /v2/bot/message/push}) and so drop that base path: its calls arrive at
 * {@code /v2/bot/...} on this server. This filter, ahead of Spring Security, forwards them to the stand-in under
 * {@link MessagingApiStandIn#PATH}, where the security rules for {@code /simulator/**} apply. Local mode only.
 */
@Configuration(proxyBeanMethods = false)
@LocalModeOnly
class LineApiPathForwarding {

    static final String SDK_PATH_PREFIX = "/v2/bot/";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> simulatorLineApiForwarding() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Forwarder());
        registration.addUrlPatterns(SDK_PATH_PREFIX + "*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("simulatorLineApiForwarding");
        return registration;
    }

    static final class Forwarder extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!path.startsWith(SDK_PATH_PREFIX)) {
                chain.doFilter(request, response);
                return;
            }
            request.getRequestDispatcher(MessagingApiStandIn.PATH + path).forward(request, response);
        }
    }
}
