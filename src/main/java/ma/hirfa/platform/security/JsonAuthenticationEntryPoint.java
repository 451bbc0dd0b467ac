package ma.hirfa.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.hirfa.platform.RequestId;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the JSON API as translated problem details (RFC 9457). */
class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    JsonAuthenticationEntryPoint(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException && e.getCause() instanceof RuntimeException cause) {
            // The credentials could not be checked at all (the database is down): not a 401. The platform answers
            // an outage 503 with Retry-After (ADR 0055); anything else stays the error it is.
            throw cause;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Hirfa\", Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "platform.api.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "platform.api.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(key, null, locales.resolveLocale(request)));
        if (RequestId.current() != null) {
            problem.setProperty("supportCode", RequestId.current());
        }
        response.setStatus(status.value());
        // A download refused after it named its file must not be saved as that file.
        response.setHeader("Content-Disposition", null);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] body = json.writeValueAsBytes(problem);
        try {
            // The stream, not the writer: a controller that refuses while streaming (an export) already took it,
            // and asking for the writer then would turn the 403 into a 500.
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerTaken) {
            response.getWriter().write(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
