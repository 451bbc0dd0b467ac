package ma.hirfa.platform.security;

import ma.hirfa.platform.account.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

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
    SecurityFilterChain metrics(
            HttpSecurity http, ApiTokens tokens, HirfaUserDetailsService users, JsonAuthenticationEntryPoint problems) {
        http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(tokens, users, problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
