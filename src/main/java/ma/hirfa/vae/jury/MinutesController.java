package ma.hirfa.vae.jury;

import ma.hirfa.platform.transfer.Download;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The signed-off minutes of a jury session, as a PDF document rather than a page. */
@Controller
class MinutesController {

    private final Minutes minutes;

    MinutesController(Minutes minutes) {
        this.minutes = minutes;
    }

    @GetMapping("/vae/juries/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return Download.inline("minutes-" + id + ".pdf", MediaType.APPLICATION_PDF, minutes.pdf(id));
    }
}
