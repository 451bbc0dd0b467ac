package ma.hirfa.platform.idempotency;

import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.ProblemAnswers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfig {

    /** Runs right after Spring Security, so it knows who is asking. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyStore store, CurrentUsers users, MessageSource messages, LocaleResolver locales) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, users, messages, locales));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    /** Runs after Spring Security (a refused caller learns nothing of the limit) and before anything reads a body. */
    @Bean
    FilterRegistrationBean<BodyLimit> apiBodyLimit(
            @Value("${hirfa.api.max-body:1MB}") DataSize limit,
            ProblemAnswers answers,
            JsonMapper json,
            LocaleResolver locales) {
        FilterRegistrationBean<BodyLimit> registration =
                new FilterRegistrationBean<>(new BodyLimit(limit, answers, json, locales));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
