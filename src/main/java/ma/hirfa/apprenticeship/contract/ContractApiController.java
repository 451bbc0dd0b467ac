package ma.hirfa.apprenticeship.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/apprenticeship/contracts")
@Tag(
        name = "Apprenticeship",
        description = "Contracts (Law 12-00), logbook and final assessment, in the caller's region")
class ContractApiController {

    private final ContractService service;
    private final ContractViews views;

    ContractApiController(ContractService service, ContractViews views) {
        this.service = service;
        this.views = views;
    }

    @GetMapping
    @Operation(
            summary = "Contracts of the caller's region, newest first, 100 a page, optionally by status",
            description = "the total count is in the X-Total-Count header")
    ResponseEntity<List<ContractView>> list(
            @RequestParam(required = false) ContractStatus status,
            @RequestParam(defaultValue = "0") int page,
            Locale locale) {
        ListPage<Contract> found = service.search(
                status, ContractRepository.SORTS.resolve(null, null), new PageSpec(page, PageSpec.MAX_SIZE));
        return found.map(c -> views.brief(c, locale)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contract with its logbook and alerts; 404 when unknown or outside the region")
    ContractView get(@PathVariable long id, Locale locale) {
        return views.full(service.get(id), locale);
    }

    @PostMapping
    @Operation(
            summary = "Record a new contract (status RUNNING)",
            description = "The apprentice is aged hirfa.apprenticeship.min-age to max-age (15 to 30) on the start"
                    + " date; the master (masterId, or masterReference: national id or registration number) is a"
                    + " registered, not suspended artisan of the caller's region with fewer running contracts"
                    + " than hirfa.apprenticeship.master-capacity; at least 80 % of the time in the workshop and"
                    + " 10 % at the centre. 400 with one translated message per refused field; nothing is kept.")
    ResponseEntity<ContractView> create(@Valid @RequestBody ContractForm request, Locale locale) {
        long id = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/apprenticeship/contracts/" + id))
                .body(views.full(service.get(id), locale));
    }

    @PostMapping("/{id}/logbook")
    @Operation(summary = "Add a period to the logbook: attendance and, if known, both evaluations (0 to 20)")
    ResponseEntity<ContractView> addEntry(
            @PathVariable long id, @Valid @RequestBody LogbookForm request, Locale locale) {
        service.addEntry(id, request);
        return ResponseEntity.status(201).body(views.full(service.get(id), locale));
    }

    @PostMapping("/{id}/logbook/{entryId}/evaluations")
    @Operation(summary = "Give the missing evaluation of a period, by the master or by the centre")
    ContractView evaluate(
            @PathVariable long id,
            @PathVariable long entryId,
            @Valid @RequestBody EvaluationForm request,
            Locale locale) {
        service.evaluate(id, entryId, request);
        return views.full(service.get(id), locale);
    }

    @PostMapping("/{id}/assessment")
    @Operation(
            summary = "Final assessment: the contract is FINISHED; a pass earns a certificate",
            description = "Refused (400) while the logbook is empty or an evaluation is missing; 409 when the"
                    + " contract is no longer running.")
    ContractView assess(@PathVariable long id, @Valid @RequestBody AssessmentForm request, Locale locale) {
        service.assess(id, request);
        return views.full(service.get(id), locale);
    }

    @PostMapping("/{id}/certificate")
    @Operation(
            summary = "Issue the certificate of a passed apprentice",
            description = "Done at the assessment when the apprentice's file in the register is linked; otherwise"
                    + " give apprenticeReference (national id or registration number of a registered artisan)."
                    + " The certificate verifies at /verify/{token} like every Hirfa certificate.")
    ContractView certify(@PathVariable long id, @Valid @RequestBody CertifyForm request, Locale locale) {
        service.certify(id, request.apprenticeReference());
        return views.full(service.get(id), locale);
    }

    @GetMapping(value = "/{id}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The certificate as PDF (Arabic and French; english=true adds the English page)")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @RequestParam(defaultValue = "false") boolean english) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(service.certificatePdf(id, english));
    }

    @PostMapping("/{id}/abandonment")
    @Operation(summary = "The apprentice leaves before the end: the contract is ABANDONED, with the reason")
    ContractView abandon(@PathVariable long id, @Valid @RequestBody AbandonForm request, Locale locale) {
        service.abandon(id, request);
        return views.full(service.get(id), locale);
    }
}
