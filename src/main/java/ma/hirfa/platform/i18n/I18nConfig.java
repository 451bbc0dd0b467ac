package ma.hirfa.platform.i18n;

import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class I18nConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new HirfaLocaleResolver();
    }

    /**
     * Replaces Spring Boot's message source (same {@code spring.messages.*} settings) so that every number
     * and date in a message follows the digit policy of ADR 0038. Static: the context asks for its message
     * source before any other bean, so it must not need this configuration's own dependencies.
     */
    @Bean
    static MessageSource messageSource(Environment environment) {
        FiguresMessageSource messages = new FiguresMessageSource();
        messages.setBasenames(Arrays.stream(environment
                        .getProperty("spring.messages.basename", "messages")
                        .split(","))
                .map(String::strip)
                .toArray(String[]::new));
        messages.setDefaultEncoding(environment.getProperty("spring.messages.encoding", "UTF-8"));
        messages.setFallbackToSystemLocale(
                environment.getProperty("spring.messages.fallback-to-system-locale", Boolean.class, true));
        messages.setUseCodeAsDefaultMessage(
                environment.getProperty("spring.messages.use-code-as-default-message", Boolean.class, false));
        return messages;
    }

    /** Validation messages come from Hirfa's bundles, so they exist in Tamazight too. */
    @Bean
    LocalValidatorFactoryBean defaultValidator(MessageSource messageSource) {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messageSource);
        return validator;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageInterceptor(localeResolver()));
    }
}
