package ma.hirfa.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the JSON API's answer to a refusal: RFC 9457 problem details in the caller's language. The platform's
 * API advice uses it for every refusal a controller throws; a module needs it only where a request fails before
 * any controller is chosen (an upload over the server's limit), to answer the same way.
 *
 * <p>The {@code type} is a URN per kind ({@code urn:hirfa:problem:conflict}): a client may compare it, nobody
 * needs to open it; the refusal's message key, more precise, is in {@code code}.
 */
@Component
public class ProblemAnswers {

    /** One refused field of the answer; {@code field} is left out for the request as a whole. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record FieldMessage(String field, String code, String message) {}

    private final MessageSource messages;

    public ProblemAnswers(MessageSource messages) {
        this.messages = messages;
    }

    public ResponseEntity<ProblemDetail> answer(Refusal refusal, Locale locale) {
        List<FieldMessage> errors = refusal.problems().stream()
                .map(p -> new FieldMessage(p.field(), p.key(), messages.getMessage(p.key(), p.arguments(), locale)))
                .toList();
        ProblemDetail problem = problem(
                refusal.kind(), refusal.key(), messages.getMessage(refusal.key(), refusal.arguments(), locale), locale);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        refusal.properties()
                .forEach((name, value) -> problem.setProperty(
                        name, value instanceof Refusal.Localized l ? l.in(messages, locale) : value));
        return ResponseEntity.status(refusal.kind().status())
                .headers(refusal.getHeaders())
                .body(problem);
    }

    /** Problem details of a kind, with its translated title and the message key as {@code code}. */
    /** Writes the answer to a refusal from a servlet filter, where no controller advice answers for it. */
    public void write(Refusal refusal, Locale locale, HttpServletResponse response, JsonMapper json)
            throws IOException {
        response.setStatus(refusal.kind().status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), answer(refusal, locale).getBody());
    }

    public ProblemDetail problem(Refusal.Kind kind, String code, String detail, Locale locale) {
        String slug = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(kind.status(), detail);
        problem.setType(URI.create("urn:hirfa:problem:" + slug));
        problem.setTitle(messages.getMessage("platform.problem." + slug, null, locale));
        problem.setProperty("code", code);
        if (RequestId.current() != null) {
            problem.setProperty("supportCode", RequestId.current());
        }
        return problem;
    }
}
