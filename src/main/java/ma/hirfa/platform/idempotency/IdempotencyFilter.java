package ma.hirfa.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs: the first request with a key runs and its answer is kept; a retry
 * with the same key and body gets that answer again and creates nothing; the same key with another body is
 * refused (422); a retry while the first still runs is told to try again (409).
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 100;
    private static final int MAX_STORED_BODY = 200_000;

    private final IdempotencyStore store;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final LocaleResolver locales;

    IdempotencyFilter(IdempotencyStore store, CurrentUsers users, MessageSource messages, LocaleResolver locales) {
        this.store = store;
        this.users = users;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = users.find();
        String key = request.getHeader(HEADER).strip();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > MAX_KEY) {
            problem(request, response, HttpStatus.BAD_REQUEST, "platform.idempotency.invalidKey");
            return;
        }
        boolean multipart = isMultipart(request);
        byte[] body;
        try {
            // Multipart bodies are parsed (and kept) by the container; the parts are fingerprinted instead.
            body = multipart ? partsOf(request) : request.getInputStream().readAllBytes();
        } catch (IOException | ServletException | IllegalStateException unreadable) {
            chain.doFilter(request, response);
            return;
        }
        // Method, path, query and body: the same key on another operation or with other parameters is a reuse.
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        String fingerprint = sha256(request.getMethod() + " " + request.getRequestURI() + "?" + query + "\n", body);
        String username = user.get().username();
        if (!store.claim(username, key, fingerprint)) {
            replay(request, response, store.find(username, key).orElse(null), fingerprint);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(multipart ? request : new CachedBodyRequest(request, body), recorded);
            byte[] answer = recorded.getContentAsByteArray();
            if (recorded.getStatus() < 500 && answer.length <= MAX_STORED_BODY) {
                store.complete(
                        username,
                        key,
                        recorded.getStatus(),
                        recorded.getContentType(),
                        new String(answer, StandardCharsets.UTF_8),
                        recorded.getHeader(HttpHeaders.LOCATION));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(username, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void replay(
            HttpServletRequest request,
            HttpServletResponse response,
            IdempotencyStore.Stored stored,
            String fingerprint)
            throws IOException {
        if (stored == null || !"DONE".equals(stored.state())) {
            problem(request, response, HttpStatus.CONFLICT, "platform.idempotency.inProgress");
        } else if (!stored.requestHash().equals(fingerprint)) {
            problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "platform.idempotency.reused");
        } else {
            response.setStatus(stored.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (stored.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.location());
            }
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage(key, null, locale).replace("\"", "'");
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"status\":" + status.value() + ",\"title\":\"" + status.getReasonPhrase() + "\",\"detail\":\""
                        + detail + "\"}");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static byte[] partsOf(HttpServletRequest request) throws IOException, ServletException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (jakarta.servlet.http.Part part : request.getParts()) {
            all.writeBytes((part.getName() + "\u0000" + part.getSubmittedFileName() + "\u0000")
                    .getBytes(StandardCharsets.UTF_8));
            try (var in = part.getInputStream()) {
                all.writeBytes(in.readAllBytes());
            }
        }
        return all.toByteArray();
    }

    private static String sha256(String head, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
