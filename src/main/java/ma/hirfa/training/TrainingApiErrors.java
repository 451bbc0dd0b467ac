package ma.hirfa.training;

import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Translated problem details for the training API: what the rules refused, and why. */
@RestControllerAdvice(basePackages = "ma.hirfa.training")
class TrainingApiErrors {

    private static final Set<String> CONFLICTS = Set.of(
            "training.enrolment.already",
            "training.enrolment.overlap",
            "training.enrolment.full",
            "training.enrolment.notActive",
            "training.enrolment.notRegistered",
            "training.enrolment.craft",
            "training.certificate.notValid",
            "training.certificate.notRegistered");

    private final MessageSource messages;

    TrainingApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TrainingRefusedException.class)
    ProblemDetail refused(TrainingRefusedException e, Locale locale) {
        HttpStatus status;
        if ("training.role".equals(e.messageKey())) {
            status = HttpStatus.FORBIDDEN;
        } else if ("training.enrolment.unknownArtisan".equals(e.messageKey())) {
            status = HttpStatus.NOT_FOUND;
        } else if (CONFLICTS.contains(e.messageKey())) {
            status = HttpStatus.CONFLICT;
        } else {
            status = HttpStatus.BAD_REQUEST;
        }
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage(e.messageKey(), e.arguments(), locale));
        problem.setProperty("code", e.messageKey());
        return problem;
    }
}
