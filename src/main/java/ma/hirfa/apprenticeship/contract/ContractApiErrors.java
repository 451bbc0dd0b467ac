package ma.hirfa.apprenticeship.contract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.training.TrainingRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Translated problem details for refused apprenticeship requests: one message per refused field. */
@RestControllerAdvice(assignableTypes = ContractApiController.class)
class ContractApiErrors {

    private final MessageSource messages;

    ContractApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TrainingRefusedException.class)
    ProblemDetail certificateRefused(TrainingRefusedException e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    @ExceptionHandler(ContractRefusedException.class)
    ProblemDetail refused(ContractRefusedException e, Locale locale) {
        boolean state = e.problems().stream().anyMatch(p -> p.key().equals("apprenticeship.contract.notRunning"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                state ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                messages.getMessage("platform.api.invalid", null, locale));
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> errors.merge(
                        p.field().isEmpty() ? "contract" : p.field(),
                        messages.getMessage(p.key(), p.args().toArray(), locale),
                        (a, b) -> a + " " + b));
        problem.setProperty("errors", errors);
        return problem;
    }
}
