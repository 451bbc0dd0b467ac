package ma.hirfa.registry.document;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.ProblemAnswers;
import ma.hirfa.platform.Refusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploads above {@code spring.servlet.multipart.max-file-size} fail while the request is read, before any
 * controller is chosen, so only an advice that applies to every controller sees them. For a document upload
 * it answers like any other refusal (back to the file with a message, or a translated 400); for any other
 * upload it lets Spring answer as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupportingDocumentUploadLimit {

    private static final Pattern PAGE = Pattern.compile("/registry/artisans/(\\d{1,18})/documents/?");
    private static final Pattern API = Pattern.compile("/api/v1/registry/artisans/\\d+/documents/?");
    private static final String TOO_LARGE = "registry.document.tooLarge";

    private final SupportingDocumentRules rules;
    private final ProblemAnswers answers;

    SupportingDocumentUploadLimit(SupportingDocumentRules rules, ProblemAnswers answers) {
        this.rules = rules;
        this.answers = answers;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(
            MaxUploadSizeExceededException e, HttpServletRequest request, Locale locale, RedirectAttributes redirect)
            throws MaxUploadSizeExceededException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher page = PAGE.matcher(path);
        if (page.matches()) {
            SupportingDocumentController.refused(redirect, TOO_LARGE, rules.maxMegabytes());
            return SupportingDocumentController.backTo(Long.parseLong(page.group(1)));
        }
        if (API.matcher(path).matches()) {
            return answers.answer(
                    Refusal.invalidField(SupportingDocumentRules.FILE, TOO_LARGE, rules.maxMegabytes()), locale);
        }
        // Not ours: rethrowing the same exception hands it to Spring's default resolvers (413).
        throw e;
    }
}
