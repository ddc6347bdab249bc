package jp.tokyo.mcc.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jp.tokyo.mcc.line.LineChannel;
import jp.tokyo.mcc.simulator.SimulatedUsers;
import jp.tokyo.mcc.simulator.SimulatorStandInKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what (least privilege):
 * <ul>
 * <li>{@code /api/**}: HTTP Basic or the console's session; 401/403 as JSON; CSRF only for session requests
 *     (a request carrying an Authorization header is not a browser's ambient credential); {@code /api/staff} for
 *     administrators; {@code POST /api/account/password} (one's own password) for every staff member.</li>
 * <li>{@code /actuator/health} (and its probes), {@code /webjars/**}, console CSS/JS and the login page: public;
 *     {@code /actuator/prometheus}, which only the management port serves (never published). ({@code /callback}, LINE's
 *     webhook, never reaches these chains: the line module answers it in a filter before them, checking LINE's
 *     signature.)</li>
 * <li>{@code /simulator/**} (the built-in LINE simulator): public in local mode. With a real channel: administrators
 *     only (the console's session, CSRF token on its posts, or HTTP Basic); the anonymous are sent to the console
 *     login (page) or get a JSON 401 (its API); its Messaging API stand-in answers only this process's own client
 *     (the simulator's per-process key, over loopback).</li>
 * <li>{@code /console/**}: signed-in staff (form login); {@code /console/admin/**}: administrators.</li>
 * <li>Everything else: denied (404 for the anonymous; only console pages redirect to the login page).</li>
 * </ul>
 */
@Configuration
class SecurityConfiguration {

    static final String CONSOLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        JsonSecurityErrors errors = new JsonSecurityErrors();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/staff", "/api/staff/**").hasRole("ADMIN")
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/account/password").hasAnyRole("STAFF", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/inquiries", "/api/inquiries/**").hasAnyRole("STAFF", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/inquiries/**").hasAnyRole("STAFF", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/reports/**").hasAnyRole("STAFF", "ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::sessionRequestThatChanges))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(r -> r.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors));
        return http.build();
    }

    /** CSRF applies to state-changing requests that ride on a session cookie, not to Basic-authenticated calls. */
    static boolean sessionRequestThatChanges(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
        if (safe || request.getHeader("Authorization") != null) {
            return false;
        }
        return request.getRequestedSessionId() != null && request.isRequestedSessionIdValid();
    }

    @Bean
    @Order(2)
    SecurityFilterChain simulatorChain(HttpSecurity http, LineChannel channel, SimulatorStandInKey standInKey)
            throws Exception {
        // a plain matcher on the request URI, so that local mode's forward of the SDK's /v2/bot/* calls to the
        // stand-in (a FORWARD dispatch to /simulator/line-api/...) is matched here too
        http.securityMatcher(request -> pathIs(request, "/simulator") || pathStartsWith(request, "/simulator/"));
        if (channel.isLocalMode()) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .csrf(c -> c.disable());
            return http.build();
        }
        JsonSecurityErrors errors = new JsonSecurityErrors();
        RequestMatcher standIn = request -> pathStartsWith(request, SimulatedUsers.STAND_IN_PATH + "/");
        RequestMatcher ownClient = request -> standIn.matches(request)
                && standInKey.admits(request.getHeader(SimulatorStandInKey.HEADER), request.getRemoteAddr());
        RequestMatcher json = request -> standIn.matches(request) || pathStartsWith(request, "/simulator/api/");
        http.authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(ownClient).permitAll()
                        .requestMatchers(standIn).denyAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::sessionRequestThatChanges))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // an administrator sent to sign in from the simulator page comes back to it afterwards
                .requestCache(r -> r.requestCache(pagesToReturnTo(request -> pathIs(request, "/simulator"))))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(errors, json)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/console/login"),
                                AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(errors, json));
        return http.build();
    }

    private static boolean pathStartsWith(HttpServletRequest request, String prefix) {
        return request.getRequestURI().startsWith(request.getContextPath() + prefix);
    }

    private static boolean pathIs(HttpServletRequest request, String path) {
        return request.getRequestURI().equals(request.getContextPath() + path);
    }

    /**
     * Remembers which page a signed-out user asked for, so that signing in leads back there: whole pages only (GET),
     * never an htmx fragment or a live-update stream, which would make no sense as the page shown after sign-in.
     */
    static RequestCache pagesToReturnTo(RequestMatcher pages) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && !String.valueOf(request.getHeader("Accept")).contains("text/event-stream")
                && pages.matches(request));
        return cache;
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, LineChannel channel) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/console/login?error");
        failure.setExceptionMappings(java.util.Map.of(LockedException.class.getName(), "/console/login?locked"));
        RequestMatcher console = request -> pathStartsWith(request, "/console");
        http.authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                            // /actuator/prometheus is served on the management port only, which is never published
                            .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                                    "/actuator/prometheus", "/webjars/**",
                                    "/console/css/**", "/console/js/**", "/console/login").permitAll();
                    if (channel.isLocalMode()) {
                        // the simulator module redirects / to itself in local mode
                        a.requestMatchers(HttpMethod.GET, "/").permitAll();
                    }
                    a.requestMatchers("/console/admin", "/console/admin/**").hasRole("ADMIN")
                            .requestMatchers("/console", "/console/**").hasAnyRole("STAFF", "ADMIN")
                            .anyRequest().denyAll();
                })
                .requestCache(r -> r.requestCache(pagesToReturnTo(console)))
                .formLogin(f -> f.loginPage("/console/login").loginProcessingUrl("/console/login")
                        .defaultSuccessUrl("/console", false).failureHandler(failure).permitAll())
                .logout(l -> l.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
                // only console pages send the anonymous to the login page; anything else denied is simply not there
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/console/login"), console)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND),
                                AnyRequestMatcher.INSTANCE))
                .headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(console,
                        new StaticHeadersWriter("Content-Security-Policy", CONSOLE_CSP))));
        return http.build();
    }
}
