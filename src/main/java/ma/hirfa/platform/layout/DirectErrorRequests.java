package ma.hirfa.platform.layout;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /error} asked for directly (not reached by an error dispatch) has no error to show: Spring Boot would
 * answer it as a 500. It is a page that does not exist, so it answers the translated 404.
 */
@Configuration(proxyBeanMethods = false)
class DirectErrorRequests {

    @Bean
    FilterRegistrationBean<Filter> directErrorRequestFilter() {
        // Registered for REQUEST dispatches only, so a real error dispatch passes untouched.
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
        });
        registration.addUrlPatterns("/error", "/error/*");
        return registration;
    }
}
