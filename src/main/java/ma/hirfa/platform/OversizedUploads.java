package ma.hirfa.platform;

import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A module's answer to an upload refused for its size while the request was read, before any controller was
 * chosen: the platform's one handler asks each module whether the path is one of its uploads. A path no module
 * claims gets Spring's default answer (413).
 */
public interface OversizedUploads {

    /** For a page upload of this module: where to go back to and what to flash there; empty for other paths. */
    Optional<PageAnswer> onPage(String path);

    /** For an API upload of this module: the refusal to answer in problem+json; empty for other paths. */
    Optional<Refusal> onApi(String path);

    /** A redirect target ({@code "redirect:/..."}) and the flash attributes that explain the refusal there. */
    record PageAnswer(String target, Consumer<RedirectAttributes> flash) {}
}
