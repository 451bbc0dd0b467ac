package ma.hirfa.coverage.file;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The spouse and children of an enrolled artisan, one at a time, through the API. */
@RestController
@RequestMapping("/api/v1/coverage/artisans/{id}/beneficiaries")
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
@Tag(name = "Coverage (AMO)")
class BeneficiaryApiController {

    private final Beneficiaries beneficiaries;

    BeneficiaryApiController(Beneficiaries beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    @GetMapping
    @Operation(summary = "The artisan's beneficiaries with their ids")
    List<RecordedBeneficiary> list(@PathVariable long id) {
        return beneficiaries.of(id);
    }

    @PostMapping
    @Operation(
            summary = "Add a beneficiary",
            description = "Body {relation: SPOUSE|CHILD, fullName, birthDate}. 201 with the id. 400 when the artisan"
                    + " is not enrolled, the relation or name is missing, the name is longer than 120 characters,"
                    + " the birth date is in the future, or the same person is already on the list.")
    ResponseEntity<RecordedBeneficiary> add(@PathVariable long id, @RequestBody Beneficiary request) {
        RecordedBeneficiary added = beneficiaries.add(id, request);
        return ResponseEntity.created(URI.create("/api/v1/coverage/artisans/" + id + "/beneficiaries/" + added.id()))
                .body(added);
    }

    @DeleteMapping("/{beneficiaryId}")
    @Operation(
            summary = "Remove a beneficiary",
            description = "204 when removed; 400 (translated) when this artisan has no such beneficiary.")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long beneficiaryId) {
        beneficiaries.remove(id, beneficiaryId);
        return ResponseEntity.noContent().build();
    }
}
