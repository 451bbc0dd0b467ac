package ma.hirfa.infrastructure.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of a unit's status history. */
public record StatusChange(
        long id,
        long unitId,
        UnitStatus status,
        LocalDate since,
        String reason,
        String changedBy,
        OffsetDateTime changedAt) {}
