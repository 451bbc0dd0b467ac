package ma.hirfa.platform.layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import ma.hirfa.platform.RequestId;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request its id before anything else runs (security included, so a 401 carries it too). An
 * incoming {@code X-Request-Id} is kept only if it is short and plain (letters, digits, {@code - _ . :}): it goes
 * into log lines and pages, so nothing else a client sends may ride along. The error dispatch that renders an
 * error page takes the id kept on the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter implements ServletRequestListener {

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = (String) request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = sane(request.getHeader(RequestId.HEADER));
            request.setAttribute(ATTRIBUTE, id);
        }
        if (!response.containsHeader(RequestId.HEADER)) {
            response.setHeader(RequestId.HEADER, id);
        }
        MDC.put(RequestId.MDC_KEY, id);
        chain.doFilter(request, response);
    }

    /**
     * Tomcat logs an exception that escaped the filters, then renders the error page, both after this filter
     * returned: the id stays in the MDC until the container says the whole request is over.
     */
    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        MDC.remove(RequestId.MDC_KEY);
    }

    static String sane(String incoming) {
        if (incoming != null && SANE.matcher(incoming).matches()) {
            return incoming;
        }
        return HexFormat.of()
                .withUpperCase()
                .toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
