package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One month of the rent schedule. */
record Due(long id, long leaseId, LocalDate dueOn, BigDecimal amount) {}
