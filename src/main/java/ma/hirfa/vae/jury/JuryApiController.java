package ma.hirfa.vae.jury;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.vae.application.ApplicationView;
import ma.hirfa.vae.application.VaeViews;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vae/juries")
@Tag(name = "VAE: juries", description = "Jury sessions, members, evaluation grids and deliberations")
class JuryApiController {

    private final JuryService service;
    private final VaeViews views;
    private final Minutes minutes;

    JuryApiController(JuryService service, VaeViews views, Minutes minutes) {
        this.service = service;
        this.views = views;
        this.minutes = minutes;
    }

    @GetMapping
    @Operation(
            summary = "Jury sessions of the caller's region, latest first, 100 a page",
            description = "the total count is in the X-Total-Count header")
    ResponseEntity<List<JuryView>> list(@RequestParam(defaultValue = "0") int page, Locale locale) {
        ListPage<Jury> found =
                service.search(JuryRepository.SORTS.resolve(null, null), new PageSpec(page, PageSpec.MAX_SIZE));
        return found.map(j -> views.jury(j, locale)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A jury with its members and candidates (grid and decision of each)")
    JuryView get(@PathVariable long id, Locale locale) {
        return views.jury(service.get(id), locale);
    }

    @PostMapping
    @Operation(summary = "Plan a jury session for a craft: date and place (national users give regionCode)")
    ResponseEntity<JuryView> create(@Valid @RequestBody JuryForm request, Locale locale) {
        long id = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/vae/juries/" + id)).body(views.jury(service.get(id), locale));
    }

    @PostMapping("/{id}/members")
    @Operation(
            summary = "Add a member with a signed declaration of no conflict of interest (noConflictDeclared=true)",
            description = "Refused (400, errors.conflict) when the member is a declared relative of a candidate,"
                    + " was their master of apprenticeship, or shares a cooperative or enterprise with them")
    ResponseEntity<JuryView> addMember(@PathVariable long id, @Valid @RequestBody MemberForm request, Locale locale) {
        service.addMember(id, request);
        return ResponseEntity.status(201).body(views.jury(service.get(id), locale));
    }

    @PostMapping("/{id}/candidates")
    @Operation(summary = "Schedule an ELIGIBLE application of the jury's craft; refused on a conflict with a member")
    JuryView schedule(@PathVariable long id, @RequestBody Map<String, Long> request, Locale locale) {
        Long applicationId = request.get("applicationId");
        if (applicationId == null) {
            throw Refusal.invalid().field("applicationId", "vae.jury.candidateRequired");
        }
        service.schedule(id, applicationId);
        return views.jury(service.get(id), locale);
    }

    @PostMapping("/{id}/evaluations")
    @Operation(summary = "Record the evaluation grid of a candidate: each competency acquired or not")
    ApplicationView evaluate(@PathVariable long id, @Valid @RequestBody GridForm request, Locale locale) {
        service.evaluate(id, request);
        return views.jury(service.get(id), locale).candidates().stream()
                .filter(c -> c.id() == request.applicationId())
                .findFirst()
                .orElseThrow();
    }

    @PostMapping("/{id}/decision")
    @Operation(
            summary = "Deliberate on a candidate: FULL (certificate), PARTIAL (missing competencies and a prescribed"
                    + " training programme id) or REFUSAL (reasons)",
            description = "Refused (400) while a competency is unscored or the jury has too few members.")
    ApplicationView decide(@PathVariable long id, @Valid @RequestBody DecisionForm request, Locale locale) {
        service.decide(id, request);
        return views.jury(service.get(id), locale).candidates().stream()
                .filter(c -> c.id() == request.applicationId())
                .findFirst()
                .orElseThrow();
    }

    @GetMapping(value = "/{id}/minutes", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The minutes (procès-verbal) of the session as PDF, in Arabic and French")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(minutes.pdf(id));
    }
}
