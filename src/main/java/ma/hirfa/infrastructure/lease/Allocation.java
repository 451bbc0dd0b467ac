package ma.hirfa.infrastructure.lease;

import java.util.List;
import ma.hirfa.calls.Applicant;

/** What an allocation from a ranking did: who got which unit (and lease), who got nothing and why. */
public record Allocation(long callId, List<Allocated> allocated, List<NotAllocated> notAllocated) {

    public Allocation {
        allocated = List.copyOf(allocated);
        notAllocated = List.copyOf(notAllocated);
    }

    /** An applicant who received a unit: the lease made for it. */
    public record Allocated(
            long applicationId,
            Applicant applicant,
            String name,
            int rank,
            long unitId,
            String unitNumber,
            long leaseId) {}

    /** An applicant left without a unit, with the message key saying why. */
    public record NotAllocated(long applicationId, Applicant applicant, String name, int rank, String reasonKey) {}
}
