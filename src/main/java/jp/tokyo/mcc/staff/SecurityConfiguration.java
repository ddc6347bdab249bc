package jp.tokyo.mcc.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Placeholder until staff accounts land: the webhook and health are open, everything else closed. */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.csrf(c -> c.ignoringRequestMatchers("/callback", "/simulator/**"))
                .authorizeHttpRequests(a -> a.requestMatchers("/callback", "/actuator/health", "/simulator/**").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }
}
