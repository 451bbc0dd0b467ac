package ma.hirfa.infrastructure.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One row of {@code infra_unit}; {@code version} guards against two saves of the same unit. */
public record Unit(
        long id,
        long complexId,
        String unitNumber,
        int floor,
        BigDecimal areaM2,
        UnitType unitType,
        BigDecimal monthlyRent,
        UnitStatus status,
        LocalDate statusSince,
        long version) {

    /** The day it became vacant, or null when it is not vacant. */
    public LocalDate vacantSince() {
        return status == UnitStatus.VACANT ? statusSince : null;
    }

    /** Days vacant up to {@code today} (0 when not vacant or vacant from a later day). */
    public long vacantDays(LocalDate today) {
        LocalDate since = vacantSince();
        return since == null || since.isAfter(today) ? 0 : ChronoUnit.DAYS.between(since, today);
    }
}
