package ma.hirfa.infrastructure.unit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A status set by hand: works start or end, a unit goes out of service. Leases set the others. */
record StatusForm(
        @NotNull UnitStatus status,
        @NotNull LocalDate since,
        @Size(max = 300) String reason) {}
