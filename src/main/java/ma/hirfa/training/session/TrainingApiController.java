package ma.hirfa.training.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/training")
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
@Tag(name = "Training: programmes and sessions", description = "Sessions are limited to the caller's region")
class TrainingApiController {

    private final Programmes programmes;
    private final Sessions sessions;

    TrainingApiController(Programmes programmes, Sessions sessions) {
        this.programmes = programmes;
        this.sessions = sessions;
    }

    @GetMapping("/programmes")
    @Operation(summary = "The catalogue of programmes, newest first")
    List<ProgrammeView> programmes(Locale locale) {
        return programmes.list(Language.of(locale));
    }

    @GetMapping("/programmes/{id}")
    @Operation(summary = "One programme")
    ProgrammeView programme(@PathVariable long id, Locale locale) {
        return Programmes.view(programmes.get(id), Language.of(locale));
    }

    @PostMapping("/programmes")
    @Operation(
            summary = "Add a programme",
            description = "Titles in Arabic, French and Tamazight (English optional), type CENTRE, WORKSHOP or"
                    + " CARAVAN, crafts concerned (codes of the nomenclature; none = every craft), hours,"
                    + " competencies (one a line), completion rule: minimum attendance % and an optional assessment."
                    + " 400 with translated field errors; 403 for read-only roles.")
    ResponseEntity<ProgrammeView> createProgramme(@Valid @RequestBody ProgrammeForm form, Locale locale) {
        long id = programmes.create(form);
        return ResponseEntity.created(URI.create("/api/v1/training/programmes/" + id))
                .body(Programmes.view(programmes.get(id), Language.of(locale)));
    }

    @GetMapping("/sessions")
    @Operation(summary = "Sessions of the caller's region (all regions for national roles), latest first")
    List<SessionView> sessions(Locale locale) {
        return sessions.list(Language.of(locale));
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "One session; 404 when unknown or of another region")
    SessionView session(@PathVariable long id, Locale locale) {
        return sessions.view(id, Language.of(locale));
    }

    @PostMapping("/sessions")
    @Operation(
            summary = "Plan a session",
            description = "A programme, a province of the caller's region, optionally a commune of it and a place"
                    + " (complex or caravan stop, free text), a trainer, first and last day, capacity, and whether"
                    + " a waiting list takes enrolments once full. 400 with a translated reason.")
    ResponseEntity<SessionView> createSession(@Valid @RequestBody SessionForm form, Locale locale) {
        if (form.endsOn().isBefore(form.startsOn())) {
            throw Refusal.invalid("training.session.datesRefused");
        }
        long id = sessions.create(form);
        return ResponseEntity.created(URI.create("/api/v1/training/sessions/" + id))
                .body(sessions.view(id, Language.of(locale)));
    }
}
