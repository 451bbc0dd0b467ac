package ma.hirfa.platform.security;

import jakarta.servlet.DispatcherType;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.ApiTokens;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains: the stateless JSON API (HTTP Basic or personal Bearer token), the API documentation,
 * and the pages (form login, CSRF, database-stored session). Every page needs a signed-in user unless listed
 * here; what each role may do is checked again on each controller and in each query.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self';"
            + " base-uri 'self'";
    private static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; frame-ancestors 'none'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(
            HirfaUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, passwordEncoder, throttle);
    }

    @Bean
    JsonAuthenticationEntryPoint jsonAuthenticationEntryPoint(
            MessageSource messages, LocaleResolver locales, JsonMapper json) {
        return new JsonAuthenticationEntryPoint(messages, locales, json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonAuthenticationEntryPoint problems) {
        http.securityMatcher("/api/**").authorizeHttpRequests(a -> {
            a.requestMatchers(HttpMethod.GET, "/api/v1/reference/**").permitAll();
            ApiRoles.apply(a);
            a.anyRequest().authenticated();
        });
        return stateless(http, tokens, problems).build();
    }

    /**
     * What every chain called by machines shares (the API, the metrics scrape): HTTP Basic or a personal Bearer
     * token, no session, refusals as problem+json, and a CSP that allows nothing.
     */
    static HttpSecurity stateless(HttpSecurity http, ApiTokens tokens, JsonAuthenticationEntryPoint problems) {
        return http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookie authenticates a machine's call, so there is nothing for CSRF to protect.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) {
        http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(DOCS_CSP)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AccountService accounts, LocaleResolver locales) {
        http.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/fonts/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/verify/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // A form that creates or changes a record opens only for the roles that may save it (the
                        // ministry reads, an artisan has their own file's and VAE application's); each controller
                        // and service still decides who and which record.
                        .requestMatchers(HttpMethod.GET, "/registry/artisans/*/edit", "/vae/applications/new")
                        .hasAnyRole("ADMIN", "CHAMBER_MANAGER", "CHAMBER_AGENT", "FIELD_AGENT", "ARTISAN")
                        .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, "/.+/(new|edit)(\\?.*)?"))
                        .hasAnyRole("ADMIN", "CHAMBER_MANAGER", "CHAMBER_AGENT", "FIELD_AGENT")
                        .requestMatchers("/admin/audit")
                        .hasAnyRole("ADMIN", "CHAMBER_MANAGER", "COVERAGE_OFFICER")
                        .requestMatchers("/admin/**")
                        .hasAnyRole("ADMIN", "CHAMBER_MANAGER")
                        .requestMatchers(ApiRoles.STAFF_EXPORTS)
                        .hasAnyRole(ApiRoles.staff())
                        .requestMatchers(ApiRoles.INFRASTRUCTURE)
                        .hasAnyRole(ApiRoles.INFRASTRUCTURE_READERS)
                        .requestMatchers(ApiRoles.CALLS)
                        .hasAnyRole(ApiRoles.CALL_READERS)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LanguageOnLoginHandler(accounts, locales))
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new MultipartCsrfTokenRequestHandler()))
                .sessionManagement(s -> s.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }
}
