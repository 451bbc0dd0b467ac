package ma.hirfa.infrastructure.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A commitment or a payment on one funding line of the project (a payment when the kind is not given). */
record DisbursementRequest(
        @NotNull Long fundingLineId,
        DisbursementKind kind,
        @NotNull BigDecimal amount,
        @NotNull LocalDate madeOn,
        @Size(max = 100) String reference)
        implements Serializable {

    DisbursementKind kindOrPayment() {
        return kind == null ? DisbursementKind.PAYMENT : kind;
    }
}
