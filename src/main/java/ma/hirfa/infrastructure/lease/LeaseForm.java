package ma.hirfa.infrastructure.lease;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lease of a unit, from the page or the API: the holder is an artisan ({@code artisanId}, or on the page the
 * {@code holderReference}: national id or registration number) or an organisation ({@code organisationId}). The
 * monthly rent defaults to the unit's rent, the deposit to two months of rent.
 */
record LeaseForm(
        Long artisanId,
        Long organisationId,
        String holderReference,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Digits(integer = 10, fraction = 2) BigDecimal monthlyRent,
        @Digits(integer = 10, fraction = 2) BigDecimal deposit) {

    static LeaseForm startingOn(LocalDate start) {
        return new LeaseForm(null, null, "", start, start.plusYears(3).minusDays(1), null, null);
    }
}
