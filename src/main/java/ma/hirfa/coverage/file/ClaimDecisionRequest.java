package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.RejectionReason;

/** The fund's decision on a claim already filed, as the API receives it. */
record ClaimDecisionRequest(
        ClaimDecision decision, LocalDate decidedOn, RejectionReason rejectionReason, BigDecimal amountReimbursed) {

    ClaimRequest asClaimRequest() {
        return new ClaimRequest(null, null, null, decision, decidedOn, rejectionReason, amountReimbursed, null);
    }
}
