package jp.tokyo.mcc.staff.signin;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in hardening beside the security rules ({@code SecurityConfiguration}), without changing them: the throttle
 * ahead of Spring Security's filters, Referrer-Policy on every answer, and the check of a disabled account only once
 * the password was right (checked before it, as Spring does by default, "disabled" would tell anyone that the
 * username exists). Cookies and forwarded headers: {@code server.*} in application.properties.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    FilterRegistrationBean<SignInThrottleFilter> signInThrottleFilter(SignInThrottle throttle, TrustedDevices devices,
                                                                      MessageSource texts) {
        FilterRegistrationBean<SignInThrottleFilter> registration =
                new FilterRegistrationBean<>(new SignInThrottleFilter(throttle, devices, texts));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ReferrerPolicyFilter> referrerPolicyFilter() {
        FilterRegistrationBean<ReferrerPolicyFilter> registration = new FilterRegistrationBean<>(new ReferrerPolicyFilter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    @Bean
    DaoAuthenticationProvider staffAuthenticationProvider(UserDetailsService accounts, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("the account is disabled");
            }
        });
        return provider;
    }
}
