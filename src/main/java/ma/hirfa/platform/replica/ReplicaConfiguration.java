package ma.hirfa.platform.replica;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.hirfa.platform.ReadOnlyLag;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The replica kit's parts that exist with or without a replica: calls marked {@link ReadOnlyLag} open a scope
 * (before any transaction starts, so the transaction's connection is chosen inside it), and a page whose data
 * came from the replica gets {@code replicaLag} (seconds) for the layout's "data as of" line. The replica
 * itself: {@link ReplicaDataSourceConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration implements WebMvcConfigurer {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor readOnlyLagAdvisor() {
        ComposablePointcut marked = new ComposablePointcut(new AnnotationMatchingPointcut(ReadOnlyLag.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(ReadOnlyLag.class));
        MethodInterceptor scope = invocation -> {
            ReplicaScope.enter();
            try {
                return invocation.proceed();
            } finally {
                ReplicaScope.leave();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(marked, scope);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return advisor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(
                    HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
                Object lag = request.getAttribute(ReplicaScope.LAG_ATTRIBUTE);
                if (page != null && lag != null && !page.getViewName().startsWith("redirect:")) {
                    page.addObject("replicaLag", lag);
                }
            }
        });
    }
}
