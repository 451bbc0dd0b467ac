package ma.hirfa.vae.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/vae/applications")
@Tag(
        name = "VAE: applications",
        description = "Applications for validation of acquired experience, in the caller's region")
class ApplicationApiController {

    private final ApplicationService service;
    private final VaeViews views;

    ApplicationApiController(ApplicationService service, VaeViews views) {
        this.service = service;
        this.views = views;
    }

    @GetMapping
    @Operation(
            summary = "Applications of the caller's region (an artisan: their own), newest first, 100 a page",
            description = "the total count is in the X-Total-Count header")
    ResponseEntity<List<ApplicationView>> list(
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") int page,
            Locale locale) {
        ListPage<Application> found = service.search(
                status, null, ApplicationRepository.SORTS.resolve(null, null), new PageSpec(page, PageSpec.MAX_SIZE));
        return found.map(a -> views.brief(a, locale)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "One application with its eligibility reasons, evidence, grid and decision; 404 outside the region")
    ApplicationView get(@PathVariable long id, Locale locale) {
        return views.full(service.get(id), locale);
    }

    @PostMapping
    @Operation(
            summary = "Record an application (status DRAFT) for a registered artisan (artisanId or artisanReference)",
            description = "Any craft of the nomenclature at any level: a framework is created from the generic one"
                    + " when the craft has none. An artisan applies for themselves (the artisan fields are ignored).")
    ResponseEntity<ApplicationView> create(@Valid @RequestBody ApplicationForm request, Locale locale) {
        long id = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/vae/applications/" + id))
                .body(views.full(service.get(id), locale));
    }

    @PostMapping(value = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach evidence (PDF, JPEG or PNG, at most hirfa.vae.max-evidence-bytes) to a draft application",
            description = "400 with a translated message for an empty, too large, unknown or surplus file")
    ResponseEntity<ApplicationView> addEvidence(
            @PathVariable long id, @RequestPart("file") MultipartFile file, Locale locale) throws IOException {
        service.addEvidence(id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(201).body(views.full(service.get(id), locale));
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    @Operation(summary = "The bytes of a piece of evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        Evidence e = service.evidence(id).stream()
                .filter(x -> x.id() == evidenceId)
                .findFirst()
                .orElseThrow(() -> ma.hirfa.platform.Refusal.notFound("Evidence", evidenceId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(e.contentType()))
                .header("Content-Disposition", "attachment; filename=\"evidence-" + evidenceId + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(service.evidenceContent(id, evidenceId));
    }

    @PostMapping("/{id}/submission")
    @Operation(
            summary = "Submit: the eligibility check moves the application to ELIGIBLE, or to INELIGIBLE with the"
                    + " reasons (years of practice under hirfa.vae.min-years-of-practice, no evidence, artisan not"
                    + " registered, another open or validated application for the same craft and level)")
    ApplicationView submit(@PathVariable long id, Locale locale) {
        return views.full(service.submit(id), locale);
    }
}
