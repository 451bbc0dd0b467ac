package ma.hirfa.infrastructure.complex;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/infrastructure/complexes")
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
@Tag(name = "Infrastructure: handicraft complexes")
class ComplexApiController {

    private final Complexes complexes;
    private final ComplexProjects projects;

    ComplexApiController(Complexes complexes, ComplexProjects projects) {
        this.complexes = complexes;
        this.projects = projects;
    }

    @GetMapping
    @Operation(
            summary = "Complexes of the caller's region (every region for the ministry and admins)",
            description = "Each with id, nameAr, nameFr, provinceCode, status and units {total, vacant, allocated};"
                    + " ?status= filters, ?page=&size= pages (X-Total-Count gives the total).")
    ResponseEntity<List<ComplexRow>> list(
            @RequestParam(required = false) ComplexStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        Sort order = ComplexListing.SORTS.resolve(sort, dir);
        return complexes.page(status, null, order, PageSpec.of(page, size)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A complex with its units counts and its projects",
            description =
                    "crafts: the codes of the crafts it is meant for (empty = every craft). Each project with totalCost, securedFunding, spent, fundingGap, spentRatio,"
                            + " physicalProgress, plannedEnd, forecastEnd and slipDays (ADR 0047). 404 for a complex of"
                            + " another region.")
    ComplexDetail show(@PathVariable long id) {
        ComplexSummary complex = complexes.find(id);
        return ComplexDetail.of(complex, complexes.units(id), projects.of(id));
    }

    @PostMapping
    @Operation(
            summary = "Create a complex in the caller's region",
            description = "400 for an unknown province or commune, a position outside Morocco or only one"
                    + " coordinate, a province of another region, a craft code outside the nomenclature (field"
                    + " crafts; none or absent = open to every craft); 403 for read-only roles.")
    ResponseEntity<ComplexDetail> create(@Valid @RequestBody ComplexRequest request) {
        long id = complexes.create(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(show(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a complex (same rules as its creation)")
    ComplexDetail update(@PathVariable long id, @Valid @RequestBody ComplexRequest request) {
        complexes.update(id, request);
        return show(id);
    }
}
