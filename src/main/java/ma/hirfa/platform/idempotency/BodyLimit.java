package ma.hirfa.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import ma.hirfa.platform.ProblemAnswers;
import ma.hirfa.platform.Refusal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an API body (JSON or any other non-multipart body) larger than {@code hirfa.api.max-body} with a 413
 * problem, before anything reads it: a declared length is judged at once, a chunked body is read up to the limit
 * and no further. Multipart uploads keep their own limits (ADR 0041).
 */
class BodyLimit extends OncePerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final long limit;
    private final ProblemAnswers answers;
    private final JsonMapper json;
    private final LocaleResolver locales;

    BodyLimit(DataSize limit, ProblemAnswers answers, JsonMapper json, LocaleResolver locales) {
        this.limit = limit.toBytes();
        this.answers = answers;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !WITH_BODY.contains(request.getMethod())
                || (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit + 1));
        }
        if (body.length > limit) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Refusal refusal = Refusal.of(Refusal.Kind.TOO_LARGE, "platform.api.tooLarge", limit);
        answers.write(refusal, locales.resolveLocale(request), response, json);
    }
}
