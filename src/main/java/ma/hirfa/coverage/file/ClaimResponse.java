package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.RejectionReason;

/** A claim file as the API shows it. */
record ClaimResponse(
        long id,
        long artisanId,
        LocalDate careDate,
        LocalDate filedOn,
        BigDecimal amountClaimed,
        ClaimDecision decision,
        RejectionReason rejectionReason,
        LocalDate decidedOn,
        BigDecimal amountReimbursed,
        String fundReference,
        CaseStatus caseStatus) {

    static ClaimResponse of(ClaimFile c) {
        return new ClaimResponse(
                c.id(),
                c.artisanId(),
                c.careDate(),
                c.filedOn(),
                c.amountClaimed(),
                c.decision(),
                c.rejectionReason(),
                c.decidedOn(),
                c.amountReimbursed(),
                c.fundReference(),
                c.caseStatus());
    }
}
