package ma.hirfa.calls;

import ma.hirfa.platform.transfer.Download;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The minutes of a call's committee, as a PDF (page and API). */
@Controller
class CallMinutesController {

    private final CallMinutes minutes;

    CallMinutesController(CallMinutes minutes) {
        this.minutes = minutes;
    }

    @GetMapping({"/calls/{id}/minutes.pdf", "/api/v1/calls/{id}/minutes.pdf"})
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return Download.inline("call-minutes-" + id + ".pdf", MediaType.APPLICATION_PDF, minutes.pdf(id));
    }
}
