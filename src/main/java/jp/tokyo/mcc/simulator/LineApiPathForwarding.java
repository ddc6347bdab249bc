package jp.tokyo.mcc.simulator;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.tokyo.mcc.line.LineChannel;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The bot's LINE SDK client for the stand-in is pointed at this server, but the SDK's request paths are absolute
 * ({@code /v2/bot/message/push}) and so drop a base path: its calls arrive at {@code /v2/bot/...} on this server.
 * This filter, ahead of Spring Security, forwards them to the stand-in under {@link MessagingApiStandIn#PATH}, where
 * the security rules for {@code /simulator/**} apply. In local mode it forwards every such call (as before); with a
 * real channel only the line module's own client for simulated users, recognised by this process's
 * {@link SimulatorStandInKey} over loopback. Any other call passes on and is refused (nothing else serves
 * {@code /v2/bot/**}).
 */
@Configuration(proxyBeanMethods = false)
class LineApiPathForwarding {

    static final String SDK_PATH_PREFIX = "/v2/bot/";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> simulatorLineApiForwarding(LineChannel channel,
                                                                           SimulatorStandInKey key) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new Forwarder(channel.isLocalMode(), key));
        registration.addUrlPatterns(SDK_PATH_PREFIX + "*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("simulatorLineApiForwarding");
        return registration;
    }

    static final class Forwarder extends OncePerRequestFilter {

        private final boolean localMode;
        private final SimulatorStandInKey key;

        Forwarder(boolean localMode, SimulatorStandInKey key) {
            this.localMode = localMode;
            this.key = key;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!path.startsWith(SDK_PATH_PREFIX) || !(localMode || ownClient(request))) {
                chain.doFilter(request, response);
                return;
            }
            request.getRequestDispatcher(MessagingApiStandIn.PATH + path).forward(request, response);
        }

        private boolean ownClient(HttpServletRequest request) {
            return key.admits(request.getHeader(SimulatorStandInKey.HEADER), request.getRemoteAddr());
        }
    }
}
