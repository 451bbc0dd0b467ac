package ma.hirfa.coverage.file;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Translated problem details for the coverage API: 400 with one message per field, 409 with the existing record. */
@RestControllerAdvice(basePackages = "ma.hirfa.coverage")
class CoverageApiErrors {

    private final MessageSource messages;

    CoverageApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CoverageRefusedException.class)
    ProblemDetail refused(CoverageRefusedException e, Locale locale) {
        HttpStatus status = e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach((field, why) -> errors.put(field, messages.getMessage(why.key(), why.arguments(), locale)));
        String detail = e.conflict()
                ? errors.values().iterator().next()
                : messages.getMessage("platform.api.invalid", null, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", errors);
        if (e.existing() instanceof Contribution c) {
            problem.setProperty("existing", ContributionResponse.of(c, false, java.util.List.of()));
        }
        return problem;
    }
}
