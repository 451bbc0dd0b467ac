package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of {@code infra_lease}. A terminated lease's {@code endsOn} is the day it really ended. */
record Lease(
        long id,
        long unitId,
        long complexId,
        String regionCode,
        HolderKind holderKind,
        long holderId,
        String holderName,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal monthlyRent,
        BigDecimal deposit,
        LeaseStatus status,
        Long callId,
        int renewals,
        TerminationReason terminationReason,
        LocalDate noticeOn,
        LocalDate keysHandedOn,
        String keysHandedTo,
        String createdBy,
        OffsetDateTime createdAt,
        long version) {

    boolean active() {
        return status == LeaseStatus.ACTIVE;
    }
}
