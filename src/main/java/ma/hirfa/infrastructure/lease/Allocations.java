package ma.hirfa.infrastructure.lease;

import ma.hirfa.calls.CallRanking;
import ma.hirfa.calls.CallResults;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door of pages and the API to {@link LeaseAllocation}: reads the call's final ranking (409 while it is not
 * final) and refuses a call that is not this complex's call for units as not found.
 */
@Service
class Allocations {

    private final CallResults results;
    private final LeaseAllocation allocation;

    Allocations(CallResults results, LeaseAllocation allocation) {
        this.results = results;
        this.allocation = allocation;
    }

    /** The final ranking of this complex's call for units; 404 for another complex's or another kind's call. */
    @Transactional(readOnly = true)
    CallRanking ranking(long complexId, long callId) {
        CallRanking ranking = results.finalRanking(callId);
        if (ranking.ownerId() != complexId || !UnitOffering.KIND.equals(ranking.kind())) {
            throw Refusal.notFound("Call", callId);
        }
        return ranking;
    }

    @Transactional
    Allocation allocate(long complexId, AllocationRequest request) {
        return allocation.allocate(ranking(complexId, request.callId()), request.startsOn(), request.endsOn());
    }
}
