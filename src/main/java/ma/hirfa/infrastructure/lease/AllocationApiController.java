package ma.hirfa.infrastructure.lease;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import ma.hirfa.platform.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/infrastructure/complexes/{id}/allocations")
@Tag(name = "Complexes: leases")
class AllocationApiController {

    private final Allocations allocations;
    private final LeaseAllocation allocation;

    AllocationApiController(Allocations allocations, LeaseAllocation allocation) {
        this.allocations = allocations;
        this.allocation = allocation;
    }

    @PostMapping
    @Operation(
            summary = "Allocate the complex's units from the final ranking of one of its calls (callId)",
            description = "201 with who got which unit (and lease) and who got nothing and why (reasonKey). In rank"
                    + " order each applicant gets its most preferred unit still free from startsOn to endsOn, at the"
                    + " unit's rent with two months of deposit. 409 while the ranking is not final, and when the call"
                    + " was already allocated (once per call, on every node); 404 for a call of another complex or"
                    + " another kind. Chamber staff of the region; the ministry reads only (403).")
    ResponseEntity<Allocation> allocate(@PathVariable long id, @Valid @RequestBody AllocationRequest request) {
        Allocation made = allocations.allocate(id, request);
        return ResponseEntity.created(
                        URI.create("/api/v1/infrastructure/complexes/" + id + "/allocations/" + request.callId()))
                .body(made);
    }

    @GetMapping("/{callId}")
    @Operation(summary = "What the allocation from this call gave; 404 before it is made")
    Allocation show(@PathVariable long id, @PathVariable long callId) {
        return allocation.made(callId, id).orElseThrow(() -> Refusal.notFound("Allocation", callId));
    }
}
