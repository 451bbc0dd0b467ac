package ma.hirfa.infrastructure.lease;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A renewal: the new last day, and the rent of the added months (the current rent when empty). */
record RenewalForm(
        @NotNull LocalDate endsOn,
        @Digits(integer = 10, fraction = 2) BigDecimal monthlyRent) {}
