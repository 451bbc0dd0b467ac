package ma.hirfa.platform.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ma.hirfa.platform.ProblemAnswers;
import ma.hirfa.platform.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Token buckets (Bucket4j, kept in the database so that every node counts the same requests) on the doors an
 * attacker knocks at: password logins and public pages per address, {@code /verify} per address, the API per
 * personal token. Runs before Spring Security, so a login refused here never reaches the password check. Over the
 * limit: 429 with {@code Retry-After}, problem details on the API, the translated page elsewhere (ADR 0041).
 */
class RateLimits extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);
    private static final String BEARER = "Bearer ";

    /** Requests a minute of each kind of bucket. */
    record Settings(long login, long verify, long publicPages, long apiToken) {}

    private final ProxyManager<String> buckets;
    private final Settings settings;
    private final ProblemAnswers answers;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final Map<Long, BucketConfiguration> configurations = new ConcurrentHashMap<>();

    RateLimits(
            ProxyManager<String> buckets,
            Settings settings,
            ProblemAnswers answers,
            JsonMapper json,
            LocaleResolver locales) {
        this.buckets = buckets;
        this.settings = settings;
        this.answers = answers;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String address = request.getRemoteAddr();
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            limit("login", settings.login(), address, request, response, chain);
        } else if (path.equals("/verify") || path.startsWith("/verify/")) {
            limit("verify", settings.verify(), address, request, response, chain);
        } else if (authorization != null && authorization.startsWith(BEARER)) {
            limit(
                    "token",
                    settings.apiToken(),
                    sha256(authorization.substring(BEARER.length())),
                    request,
                    response,
                    chain);
        } else if ("GET".equals(request.getMethod())
                && (path.equals("/login") || path.startsWith("/api/v1/reference/"))) {
            limit("public", settings.publicPages(), address, request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void limit(
            String kind,
            long perMinute,
            String subject,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws ServletException, IOException {
        // The limit is part of the key: a changed setting starts new buckets instead of inheriting the old ones.
        String key = kind + ":" + perMinute + ":" + subject;
        ConsumptionProbe probe;
        try {
            probe = buckets.builder().build(key, () -> configuration(perMinute)).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException unavailable) {
            // A limit that cannot be counted must not take the site down: let the request through.
            LOG.warn("Rate limit {} could not be counted; request let through", kind, unavailable);
            chain.doFilter(request, response);
            return;
        }
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds =
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Refusal refusal = Refusal.of(Refusal.Kind.TOO_MANY_REQUESTS, "platform.rate.tooMany", seconds);
            answers.write(refusal, locales.resolveLocale(request), response, json);
        } else {
            response.sendError(Refusal.Kind.TOO_MANY_REQUESTS.status().value());
        }
    }

    private BucketConfiguration configuration(long perMinute) {
        return configurations.computeIfAbsent(
                perMinute,
                n -> BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(n).refillGreedy(n, Duration.ofMinutes(1)))
                        .build());
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
