package ma.hirfa.infrastructure.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A commitment or a payment drawn on one funding line of a project. */
@Table("infra_disbursement")
record Disbursement(
        @Id Long id,
        Long projectId,
        Long fundingLineId,
        DisbursementKind kind,
        BigDecimal amount,
        LocalDate madeOn,
        String reference,
        String createdBy,
        Instant createdAt) {

    boolean payment() {
        return kind == DisbursementKind.PAYMENT;
    }
}
