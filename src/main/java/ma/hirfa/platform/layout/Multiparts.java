package ma.hirfa.platform.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A multipart body that cannot be read fails while the request is parsed, before any controller is chosen, so
 * only an advice that applies to every controller sees it. It is the caller's mistake, answered once here for
 * every endpoint (ADR 0044): a truncated body, a missing or wrong boundary, or garbage is a 400; a part above
 * {@code spring.servlet.multipart.max-file-size} a 413 — problem+json under {@code /api/}, the translated 4xx page
 * otherwise. For an upload above the limit, the module that owns the path ({@link OversizedUploads}) may answer
 * its own way first: back to its page with a message, or its own refusal.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class Multiparts {

    static final String UNREADABLE = "platform.upload.unreadable";
    static final String TOO_LARGE = "platform.upload.tooLarge";
    static final String FAILED = Multiparts.class.getName() + ".failed";

    private final List<OversizedUploads> owners;
    private final ProblemAnswers answers;

    Multiparts(List<OversizedUploads> owners, ProblemAnswers answers) {
        this.owners = owners;
        this.answers = answers;
    }

    /** The message key that tells what was wrong with the multipart body. */
    static String key(Throwable error) {
        return error instanceof MaxUploadSizeExceededException ? TOO_LARGE : UNREADABLE;
    }

    // No HttpServletResponse parameter here: Spring would take the request as handled and lose the redirect.
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(
            MaxUploadSizeExceededException e, HttpServletRequest request, Locale locale, RedirectAttributes redirect)
            throws IOException {
        String path = path(request);
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
        return answer(Refusal.tooLarge(TOO_LARGE), e, request, locale);
    }

    @ExceptionHandler(MultipartException.class)
    Object unreadable(MultipartException e, HttpServletRequest request, Locale locale) throws IOException {
        return answer(Refusal.invalid(UNREADABLE), e, request, locale);
    }

    private Object answer(Refusal refusal, MultipartException e, HttpServletRequest request, Locale locale)
            throws IOException {
        if (path(request).startsWith("/api/")) {
            return answers.answer(refusal, locale);
        }
        // The error page names the reason in the page's language (ReferencedErrorAttributes); an empty view
        // tells Spring that nothing more is to be rendered.
        // Marked, so that the error dispatch does not parse the broken body again (DirectErrorRequests).
        request.setAttribute(FAILED, e);
        HttpServletResponse response =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
        response.sendError(refusal.kind().status().value());
        return new ModelAndView();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
