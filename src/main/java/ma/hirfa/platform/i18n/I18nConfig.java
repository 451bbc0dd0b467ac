package ma.hirfa.platform.i18n;

import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.account.AccountService;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class I18nConfig implements WebMvcConfigurer {

    private final CurrentUsers users;
    private final AccountService accounts;

    I18nConfig(CurrentUsers users, AccountService accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new HirfaLocaleResolver();
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
        registry.addInterceptor(new LanguageInterceptor(localeResolver(), users, accounts));
    }
}
