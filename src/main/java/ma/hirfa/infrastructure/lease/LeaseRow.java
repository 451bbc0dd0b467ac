package ma.hirfa.infrastructure.lease;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the list of a complex's leases; {@code balance} = dues fallen up to today − payments. */
record LeaseRow(
        long id,
        long unitId,
        String unitNumber,
        String holderName,
        LocalDate startsOn,
        LocalDate endsOn,
        LeaseStatus status,
        BigDecimal balance) {

    public BigDecimal arrears() {
        return balance.signum() > 0 ? balance : BigDecimal.ZERO;
    }
}
