package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.platform.Refusal;

/** What a fund decision on a claim must carry: a date not in the future nor before filing, a reason, an amount. */
final class ClaimDecisionRules {

    /** The largest amount the numeric(12,2) columns hold, in dirhams: a larger one is refused, never a 500. */
    static final String MAX_AMOUNT = "9999999999.99";

    private ClaimDecisionRules() {}

    static boolean tooLarge(BigDecimal amount) {
        return amount.compareTo(new BigDecimal(MAX_AMOUNT)) > 0;
    }

    static void check(ClaimDecision d, ClaimRequest r, Refusal problems, LocalDate today) {
        if (d == ClaimDecision.PENDING) {
            return;
        }
        if (r.decidedOn() == null) {
            problems.field("decidedOn", "coverage.claim.decidedOn.required");
        } else if (r.decidedOn().isAfter(today)) {
            problems.field("decidedOn", "coverage.common.future");
        } else if (r.filedOn() != null && r.decidedOn().isBefore(r.filedOn())) {
            problems.field("decidedOn", "coverage.claim.decidedBeforeFiled");
        }
        if (d == ClaimDecision.REJECTED && r.rejectionReason() == null) {
            problems.field("rejectionReason", "coverage.claim.reason.required");
        }
        if (d == ClaimDecision.REIMBURSED) {
            if (r.amountReimbursed() == null) {
                problems.field("amountReimbursed", "coverage.common.amount.required");
            } else if (r.amountReimbursed().signum() <= 0) {
                problems.field("amountReimbursed", "coverage.common.amount.positive");
            } else if (r.amountReimbursed().scale() > 2) {
                problems.field("amountReimbursed", "coverage.common.amount.invalid");
            } else if (tooLarge(r.amountReimbursed())) {
                problems.field("amountReimbursed", "coverage.common.amount.tooLarge", MAX_AMOUNT);
            } else if (r.amountClaimed() != null && r.amountReimbursed().compareTo(r.amountClaimed()) > 0) {
                problems.field("amountReimbursed", "coverage.claim.reimbursedAboveClaimed");
            }
        }
    }
}
