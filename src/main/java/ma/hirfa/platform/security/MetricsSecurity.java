package ma.hirfa.platform.security;

import ma.hirfa.platform.account.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Prometheus scrape ({@code /actuator/prometheus}) on the application's own port, for administrators only,
 * stateless like the API: a Prometheus job sends an administrator's personal token as a Bearer credential (or
 * HTTP Basic). Health stays open to the load balancer on the pages' chain; every other actuator endpoint is not
 * exposed (404). Why not a management port: ADR 0056.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, ApiTokens tokens, JsonAuthenticationEntryPoint problems) {
        http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"));
        return SecurityConfig.stateless(http, tokens, problems).build();
    }
}
