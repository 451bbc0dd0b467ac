package ma.hirfa.platform.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.platform.OversizedUploads;
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
 * controller is chosen, so only an advice that applies to every controller sees them. The module that owns the
 * path ({@link OversizedUploads}) says how to answer: back to its page with a message, or a translated refusal.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedUploadAdvice {

    private final List<OversizedUploads> owners;
    private final ProblemAnswers answers;

    OversizedUploadAdvice(List<OversizedUploads> owners, ProblemAnswers answers) {
        this.owners = owners;
        this.answers = answers;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(
            MaxUploadSizeExceededException e, HttpServletRequest request, Locale locale, RedirectAttributes redirect)
            throws MaxUploadSizeExceededException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (OversizedUploads owner : owners) {
            Optional<OversizedUploads.PageAnswer> page = owner.onPage(path);
            if (page.isPresent()) {
                page.get().flash().accept(redirect);
                return page.get().target();
            }
            Optional<Refusal> api = owner.onApi(path);
            if (api.isPresent()) {
                return answers.answer(api.get(), locale);
            }
        }
        // Nobody's: rethrowing the same exception hands it to Spring's default resolvers (413).
        throw e;
    }
}
