package ma.hirfa.infrastructure.lease;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment received: when, how much (dirhams), and the receipt's reference. */
record PaymentForm(
        @NotNull LocalDate paidOn,
        @NotNull @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Size(max = 60) String reference) {}
