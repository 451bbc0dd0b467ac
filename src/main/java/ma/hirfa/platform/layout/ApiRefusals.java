package ma.hirfa.platform.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.PlausibleDates;
import ma.hirfa.platform.ProblemAnswers;
import ma.hirfa.platform.ProblemAnswers.FieldMessage;
import ma.hirfa.platform.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The JSON API's one answer to a refusal or bad input: RFC 9457 problem details ({@code application/problem+json})
 * with {@code type}, {@code title}, {@code status}, {@code detail}, the refusal's {@code code}, and an
 * {@code errors} list of {@code {field, code, message}}, every text in the caller's language. The status comes
 * from the refusal's kind. Input that cannot be read names the field at fault ("birthDate: not a date") and is a
 * 400, never a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRefusals {

    private final MessageSource messages;
    private final ProblemAnswers answers;

    ApiRefusals(MessageSource messages, ProblemAnswers answers) {
        this.messages = messages;
        this.answers = answers;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, Locale locale) {
        return answers.answer(refusal, locale);
    }

    /**
     * Two requests changed the same record at once (a stale version, a unique key taken meanwhile, a lock not
     * obtained): the loser wrote nothing and is told so, whatever the workflow (ADR 0044).
     */
    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> concurrent(Exception e, Locale locale) {
        return answers.answer(ConcurrentChanges.refusal(), locale);
    }

    /** A body of a type the operation does not read (a multipart body sent where JSON is expected). */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return answers.answer(Refusal.of(Refusal.Kind.UNSUPPORTED_MEDIA_TYPE, "platform.api.mediaType"), locale);
    }

    /** Bean Validation of a body or of bound parameters: every field's message at once. */
    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e, Locale locale) {
        List<FieldMessage> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldMessage(error.getField(), code(error), messages.getMessage(error, locale)));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(
                        new FieldMessage(error.getObjectName(), code(error), messages.getMessage(error, locale))));
        return invalid(errors, locale);
    }

    /** A body that is not JSON, or a value of the wrong type in it (a date, a number, a choice). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        JacksonException json = cause(e, JacksonException.class);
        String field = json == null ? "" : path(json);
        if (field.isEmpty()) {
            ProblemDetail problem = problem(
                    Refusal.Kind.INVALID,
                    "platform.api.unreadable",
                    messages.getMessage("platform.api.unreadable", null, locale),
                    locale);
            // Where the syntax broke, for the client's developer: line and column of the body, from 1.
            if (json instanceof StreamReadException syntax && syntax.getLocation() != null) {
                TokenStreamLocation at = syntax.getLocation();
                if (at.getLineNr() > 0) {
                    problem.setProperty("line", at.getLineNr());
                    problem.setProperty("column", at.getColumnNr());
                }
            }
            return problem;
        }
        if (cause(e, DateOutOfRange.class) != null) {
            return answers.answer(PlausibleDates.refusal(field), locale).getBody();
        }
        Class<?> type = json instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type != null && type.isEnum()) {
            return choiceError(field, type, locale);
        }
        return typeError(field, type, locale);
    }

    /** A path or query parameter of the wrong type: a 400 naming the parameter. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        if (cause(e, DateOutOfRange.class) != null) {
            return answers.answer(PlausibleDates.refusal(e.getName()), locale).getBody();
        }
        return typeError(e.getName(), e.getRequiredType(), locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e, Locale locale) {
        return missing(e.getParameterName(), locale);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e, Locale locale) {
        return missing(e.getRequestPartName(), locale);
    }

    private ProblemDetail missing(String name, Locale locale) {
        String code = "platform.type.missing";
        return invalid(List.of(new FieldMessage(name, code, messages.getMessage(code, null, locale))), locale);
    }

    /** A value that is none of the choices: the message lists the values allowed ("sex: not one of (F, M)"). */
    private ProblemDetail choiceError(String field, Class<?> type, Locale locale) {
        String allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(java.util.stream.Collectors.joining(", "));
        String code = TypeNames.key(type);
        String message = messages.getMessage("platform.type.choiceOf", new Object[] {allowed}, locale);
        ProblemDetail problem = problem(Refusal.Kind.INVALID, code, field + ": " + message, locale);
        problem.setProperty("errors", List.of(new FieldMessage(field, code, message)));
        return problem;
    }

    private ProblemDetail typeError(String field, Class<?> type, Locale locale) {
        String code = TypeNames.key(type);
        String message = messages.getMessage(code, null, locale);
        ProblemDetail problem = problem(Refusal.Kind.INVALID, code, field + ": " + message, locale);
        problem.setProperty("errors", List.of(new FieldMessage(field, code, message)));
        return problem;
    }

    private ProblemDetail invalid(List<FieldMessage> errors, Locale locale) {
        ProblemDetail problem = problem(
                Refusal.Kind.INVALID,
                Refusal.INVALID_KEY,
                messages.getMessage(Refusal.INVALID_KEY, null, locale),
                locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    private ProblemDetail problem(Refusal.Kind kind, String code, String detail, Locale locale) {
        return answers.problem(kind, code, detail, locale);
    }

    private static String code(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        return codes == null || codes.length == 0 ? String.valueOf(HttpStatus.BAD_REQUEST.value()) : last(codes);
    }

    /** The most general code ({@code NotBlank}, {@code typeMismatch}), the same whatever the form's name. */
    private static String last(String[] codes) {
        return codes[codes.length - 1];
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
