package ma.hirfa.platform.security;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import ma.hirfa.platform.ProblemAnswers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

    /** How long a bucket nobody touches is kept: longer than any refill (one minute), so no count is lost. */
    static final Duration KEEP = Duration.ofHours(1);

    @Bean
    JdbcBuckets rateBuckets(DataSource dataSource, Clock clock) {
        return new JdbcBuckets(dataSource, clock, KEEP);
    }

    /** Before Spring Security, so that a refused login never reaches the password check. */
    @Bean
    FilterRegistrationBean<RateLimits> rateLimits(
            JdbcBuckets buckets,
            @Value("${hirfa.rate.login}") long login,
            @Value("${hirfa.rate.verify}") long verify,
            @Value("${hirfa.rate.public-pages}") long publicPages,
            @Value("${hirfa.rate.api-token}") long apiToken,
            ProblemAnswers answers,
            JsonMapper json,
            LocaleResolver locales) {
        FilterRegistrationBean<RateLimits> registration = new FilterRegistrationBean<>(new RateLimits(
                buckets, new RateLimits.Settings(login, verify, publicPages, apiToken), answers, json, locales));
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
