package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A payment received for a lease. */
record Payment(
        long id,
        long leaseId,
        LocalDate paidOn,
        BigDecimal amount,
        String reference,
        String recordedBy,
        OffsetDateTime recordedAt) {}
