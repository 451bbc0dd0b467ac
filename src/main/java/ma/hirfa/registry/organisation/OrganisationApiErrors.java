package ma.hirfa.registry.organisation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Translated problem details for the organisations API: field errors, a duplicate ICE, a refused step. */
@RestControllerAdvice(assignableTypes = {OrganisationApiController.class, OrganisationWorkflowApiController.class})
class OrganisationApiErrors {

    private final MessageSource messages;

    OrganisationApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidOrganisationException.class)
    ProblemDetail invalid(InvalidOrganisationException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("platform.api.invalid", null, locale));
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach((field, key) ->
                        errors.put(field.isEmpty() ? "organisation" : field, messages.getMessage(key, null, locale)));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(DuplicateIceException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateIceException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage("registry.organisation.ice.taken", null, locale));
        problem.setProperty("existing", e.link());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.LOCATION, e.link())
                .body(problem);
    }

    @ExceptionHandler(OrganisationRefusedException.class)
    ProblemDetail refused(OrganisationRefusedException e, Locale locale) {
        HttpStatus status = switch (e.messageKey()) {
            case "registry.workflow.role" -> HttpStatus.FORBIDDEN;
            case "registry.workflow.reasonRequired", "registry.workflow.reasonTooLong" -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.CONFLICT;
        };
        return ProblemDetail.forStatusAndDetail(status, messages.getMessage(e.messageKey(), null, locale));
    }
}
