package ma.hirfa.platform.layout;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /error} asked for directly (not reached by an error dispatch) has no error to show: Spring Boot would
 * answer it as a 500. It is a page that does not exist, so it answers the translated 404. And the error page of
 * a request whose multipart body could not be read must not read it again (it would fail the same way and the
 * page would never be shown).
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

    @Bean
    FilterRegistrationBean<Filter> brokenMultipartErrorFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            if (request.getAttribute(Multiparts.FAILED) != null) {
                // Seen as a request without a body type, so Spring does not parse it as multipart again.
                chain.doFilter(
                        new HttpServletRequestWrapper((HttpServletRequest) request) {
                            @Override
                            public String getContentType() {
                                return null;
                            }

                            @Override
                            public String getHeader(String name) {
                                return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
                            }
                        },
                        response);
                return;
            }
            chain.doFilter(request, response);
        });
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
