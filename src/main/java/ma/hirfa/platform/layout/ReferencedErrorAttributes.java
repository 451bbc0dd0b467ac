package ma.hirfa.platform.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * Gives every error its request's id as the reference (support code) that the error page shows and every log
 * line of the request repeats, so support can find the stack trace without ever showing it to the user; and, for a request the page could not read (a bad
 * {@code ?status=}, {@code ?page=}, a date, a text with invisible characters), the {@code problems} that the
 * 400 page lists, each naming its parameter, in the page's language.
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ReferencedErrorAttributes.class);

    private final MessageSource messages;

    ReferencedErrorAttributes(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        String reference = RequestId.current() != null ? RequestId.current() : RequestIdFilter.sane(null);
        attributes.put("reference", reference);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            log.error("Error reference {} on {}", reference, attributes.get("path"), getError(request));
        }
        attributes.put("problems", problems(getError(request), LocaleContextHolder.getLocale()));
        return attributes;
    }

    private List<String> problems(Throwable error, Locale locale) {
        List<String> problems = new ArrayList<>();
        if (error instanceof MethodArgumentTypeMismatchException e) {
            problems.add(e.getName() + " : " + messages.getMessage(TypeNames.key(e.getRequiredType()), null, locale));
        } else if (error instanceof MissingServletRequestParameterException e) {
            problems.add(e.getParameterName() + " : " + messages.getMessage("platform.type.missing", null, locale));
        } else if (error instanceof BindException e) {
            e.getBindingResult().getAllErrors().forEach(problem -> problems.add(problem(problem, locale)));
        } else if (ConcurrentChanges.is(error)) {
            problems.add(messages.getMessage(ConcurrentChanges.KEY, null, locale));
        } else if (error instanceof MultipartException) {
            problems.add(messages.getMessage(Multiparts.key(error), null, locale));
        } else if (error instanceof Refusal refusal && !refusal.recordMissing()) {
            if (refusal.problems().isEmpty()) {
                problems.add(messages.getMessage(refusal.key(), refusal.arguments(), locale));
            }
            refusal.problems().forEach(p -> problems.add(messages.getMessage(p.key(), p.arguments(), locale)));
        }
        return problems;
    }

    /** A query value of the wrong type is told as a parameter of the URL would be ("status : not one of…"). */
    private String problem(ObjectError problem, Locale locale) {
        if (!(problem instanceof FieldError field)) {
            return messages.getMessage(problem, locale);
        }
        String message = field.isBindingFailure() && field.contains(TypeMismatchException.class)
                ? messages.getMessage(
                        TypeNames.key(field.unwrap(TypeMismatchException.class).getRequiredType()), null, locale)
                : messages.getMessage(field, locale);
        return field.getField() + " : " + message;
    }
}
