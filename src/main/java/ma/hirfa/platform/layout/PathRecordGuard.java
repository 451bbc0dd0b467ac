package ma.hirfa.platform.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import ma.hirfa.platform.PathRecords;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Before an API write's body is read or validated, the record its path names must be one the user may see
 * ({@link PathRecords}); otherwise 404, the same answer as for a record that does not exist. An interceptor runs
 * after the handler is chosen and before its arguments are bound, which is exactly that moment; the refusal is
 * answered by {@link ApiRefusals}. Role rules come earlier still, on the URL (platform security).
 */
@Configuration(proxyBeanMethods = false)
class PathRecordGuard implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final List<Guarded> guarded;

    PathRecordGuard(List<PathRecords> records) {
        this.guarded = records.stream()
                .flatMap(r ->
                        r.patterns().stream().map(p -> new Guarded(PathPatternParser.defaultInstance.parse(p), r)))
                .toList();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!WRITES.contains(request.getMethod())) {
            return true;
        }
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        for (Guarded g : guarded) {
            PathPattern.PathMatchInfo match = g.pattern().matchAndExtract(path);
            String id = match == null ? null : match.getUriVariables().get("id");
            if (id != null && id.matches("[0-9]{1,18}")) {
                g.records().checkVisible(Long.parseLong(id));
            }
        }
        return true;
    }

    private record Guarded(PathPattern pattern, PathRecords records) {}
}
