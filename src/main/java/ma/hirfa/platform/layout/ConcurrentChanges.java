package ma.hirfa.platform.layout;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.hirfa.platform.Refusal;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two requests that change the same record at once: the database keeps one (a version checked, a unique key, a
 * row lock) and the other's transaction rolls back with nothing written. That loser gets a 409 in their language
 * ("changed by someone else meanwhile") from any workflow, never a 500: the API through {@link ApiRefusals}, pages
 * through this advice and the 4xx page (ADR 0044). Forms answered by {@code FormPages.attempt} keep their own
 * message on the form.
 */
@ControllerAdvice(annotations = Controller.class)
class ConcurrentChanges {

    static final String KEY = "platform.api.concurrentChange";

    static Refusal refusal() {
        return Refusal.conflict(KEY);
    }

    static boolean is(Throwable error) {
        return error instanceof ConcurrencyFailureException || error instanceof DuplicateKeyException;
    }

    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    void concurrent(HttpServletResponse response) throws IOException {
        // The error page lists the translated reason (ReferencedErrorAttributes).
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
