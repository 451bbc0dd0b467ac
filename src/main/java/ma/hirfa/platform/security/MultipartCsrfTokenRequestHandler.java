package ma.hirfa.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default CSRF handling, except that a multipart form may carry its token in the query
 * string of its action URL, which is then read without parsing the body. When an upload exceeds the
 * container's size limit the body cannot be parsed at all (Tomcat throws), and the application must still
 * get the request to answer with a translated refusal instead of an error page (ADR 0010). Forms that keep
 * the token in the body work as before.
 */
final class MultipartCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        return delegate.resolveCsrfTokenValue(multipart(request) ? new QueryFirst(request) : request, csrfToken);
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** Answers parameters from the query string when it has them, and only otherwise parses the body. */
    private static final class QueryFirst extends HttpServletRequestWrapper {

        QueryFirst(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String fromQuery = fromQuery(getQueryString(), name);
            return fromQuery != null ? fromQuery : super.getParameter(name);
        }

        static String fromQuery(String query, String name) {
            if (query == null) {
                return null;
            }
            try {
                for (String pair : query.split("&")) {
                    int equals = pair.indexOf('=');
                    String key =
                            URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    if (key.equals(name)) {
                        return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return null;
            }
            return null;
        }
    }
}
