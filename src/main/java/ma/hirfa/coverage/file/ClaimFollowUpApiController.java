package ma.hirfa.coverage.file;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The fund's decision on a claim already filed, and its follow-up notes, through the API. */
@RestController
@RequestMapping("/api/v1/coverage/artisans/{id}/claims/{claimId}")
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
@Tag(name = "Coverage (AMO)")
class ClaimFollowUpApiController {

    private final ArtisanClaims claims;

    ClaimFollowUpApiController(ArtisanClaims claims) {
        this.claims = claims;
    }

    @GetMapping
    @Operation(summary = "One claim file of the artisan (where a new claim's Location points)")
    ClaimResponse claim(@PathVariable long id, @PathVariable long claimId) {
        return ClaimResponse.of(claims.read(id, claimId));
    }

    @PutMapping("/decision")
    @Operation(
            summary = "Record or correct the fund's decision on a claim already filed",
            description = "Body {decision: PENDING|REIMBURSED|REJECTED, decidedOn, rejectionReason:"
                    + " RIGHTS|DOCUMENTS|DEADLINE|OTHER, amountReimbursed}. 200 with the claim; the same rules as"
                    + " when filing: decision required, decidedOn required unless PENDING, not in the future nor"
                    + " before filedOn, a reason when REJECTED, an amount > 0 and ≤ amountClaimed (two decimals at"
                    + " most) when REIMBURSED; 400 with translated field errors, nothing changed. A claim of"
                    + " another artisan or region: 404. A claim REJECTED for RIGHTS while the artisan was entitled"
                    + " on the care date appears in /api/v1/coverage/retroactive.")
    ClaimResponse decide(@PathVariable long id, @PathVariable long claimId, @RequestBody ClaimDecisionRequest request) {
        return ClaimResponse.of(claims.decide(id, claimId, request.asClaimRequest()));
    }

    @GetMapping("/notes")
    @Operation(summary = "The claim's follow-up notes, oldest first")
    List<ClaimNote> notes(@PathVariable long id, @PathVariable long claimId) {
        return claims.notes(id, claimId);
    }

    @PostMapping("/notes")
    @Operation(
            summary = "Add a follow-up note to the claim",
            description =
                    "Body {note} (1 to 1000 characters). 201 with the claim's notes; 400 when empty or too" + " long.")
    ResponseEntity<List<ClaimNote>> note(
            @PathVariable long id, @PathVariable long claimId, @RequestBody NoteRequest request) {
        claims.note(id, claimId, request.note());
        return ResponseEntity.created(URI.create("/api/v1/coverage/artisans/" + id + "/claims/" + claimId + "/notes"))
                .body(claims.notes(id, claimId));
    }
}
