package ma.hirfa.vae.application;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.training.TrainingRefusedException;
import ma.hirfa.vae.framework.FrameworkRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Translated problem details for refused VAE requests: one message per refused field. */
@RestControllerAdvice(basePackages = {"ma.hirfa.vae.application", "ma.hirfa.vae.jury"})
class VaeApiErrors {

    private final MessageSource messages;

    VaeApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(VaeRefusedException.class)
    ProblemDetail refused(VaeRefusedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("platform.api.invalid", null, locale));
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> errors.merge(
                        p.field().isEmpty() ? "application" : p.field(),
                        messages.getMessage(p.key(), p.args().toArray(), locale),
                        (a, b) -> a + " " + b));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(FrameworkRefusedException.class)
    ProblemDetail framework(FrameworkRefusedException e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage(e.messageKey(), null, locale));
    }

    @ExceptionHandler(TrainingRefusedException.class)
    ProblemDetail certificate(TrainingRefusedException e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage(e.messageKey(), e.arguments(), locale));
    }
}
