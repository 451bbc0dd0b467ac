package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.RejectionReason;

/** A claim file and, when known, the fund's decision. */
public record ClaimRequest(
        LocalDate careDate,
        LocalDate filedOn,
        BigDecimal amountClaimed,
        ClaimDecision decision,
        LocalDate decidedOn,
        RejectionReason rejectionReason,
        BigDecimal amountReimbursed,
        String fundReference) {}
