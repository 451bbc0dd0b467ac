package ma.hirfa.registry.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry/{kinds:cooperatives|enterprises}")
@Tag(name = "Register: organisations", description = "Cooperatives and enterprises, limited to the caller's region")
class OrganisationApiController {

    /** The API lists newest first, as it always did. */
    private static final Sort NEWEST_FIRST = OrganisationQueries.SORTS.resolve(null, null);

    private final OrganisationService service;
    private final OrganisationViews views;

    OrganisationApiController(OrganisationService service, OrganisationViews views) {
        this.service = service;
        this.views = views;
    }

    @GetMapping
    @Operation(
            summary = "Search cooperatives or enterprises of the caller's region, newest first, 25 a page",
            description = "q matches the Arabic or French name, the ICE or the registration number; the total"
                    + " count is in the X-Total-Count header")
    ResponseEntity<List<OrganisationView>> list(
            @Parameter(description = "cooperatives or enterprises") @PathVariable String kinds,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) OrganisationStatus status,
            @RequestParam(defaultValue = "0") int page,
            Locale locale) {
        Language language = Language.of(locale);
        ListPage<Organisation> found = service.search(
                new OrganisationSearch(q, kind(kinds), province, status),
                NEWEST_FIRST,
                new PageSpec(page, OrganisationService.PAGE_SIZE));
        return found.map(o -> views.of(o, language)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One cooperative or enterprise; 404 when unknown, of the other kind or outside the region")
    OrganisationView get(@PathVariable String kinds, @PathVariable long id, Locale locale) {
        return views.of(service.get(id, kind(kinds)), Language.of(locale));
    }

    @PostMapping
    @Operation(
            summary = "Record a new cooperative or enterprise (status DRAFT)",
            description = "Names in Arabic and French, crafts of the active nomenclature, a province of the"
                    + " caller's region. An enterprise needs an ICE (15 digits) and a supervisor (a registered"
                    + " artisan of the region, supervisorId). 400 with translated field errors; 409 with a link"
                    + " when an active organisation holds the ICE.")
    ResponseEntity<OrganisationView> create(
            @PathVariable String kinds, @Valid @RequestBody OrganisationForm request, Locale locale) {
        OrganisationKind kind = kind(kinds);
        long id = service.create(request.withKind(kind));
        return ResponseEntity.created(URI.create("/api/v1/registry/" + kinds + "/" + id))
                .body(views.of(service.get(id), Language.of(locale)));
    }

    static OrganisationKind kind(String kinds) {
        return OrganisationKind.ofPlural(kinds).orElseThrow(() -> Refusal.notFound("Kind", kinds));
    }
}
