package ma.hirfa.coverage.file;

import java.io.Serializable;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.RejectionReason;
import ma.hirfa.platform.FormInput;
import ma.hirfa.platform.Refusal;

/** The fund's decision on a claim as typed on the artisan's page, kept to show it again when refused. */
public record DecisionForm(String decision, String decidedOn, String rejectionReason, String amountReimbursed)
        implements Serializable {

    static DecisionForm of(ClaimFile c) {
        return new DecisionForm(
                c.decision().name(),
                c.decidedOn() == null ? "" : c.decidedOn().toString(),
                c.rejectionReason() == null ? "" : c.rejectionReason().name(),
                c.amountReimbursed() == null ? "" : c.amountReimbursed().toPlainString());
    }

    /** The decision as a request the service checks, or the problems of fields that cannot be read. */
    ClaimRequest read(Refusal problems) {
        ClaimDecision d = FormInput.choice(
                ClaimDecision.class, decision, "decision", "coverage.claim.decision.required", problems);
        if (d == null && !problems.has("decision")) {
            problems.field("decision", "coverage.claim.decision.required");
        }
        return new ClaimRequest(
                null,
                null,
                null,
                d,
                FormInput.date(decidedOn, "decidedOn", "coverage.common.date.invalid", problems),
                FormInput.choice(
                        RejectionReason.class,
                        rejectionReason,
                        "rejectionReason",
                        "coverage.claim.reason.required",
                        problems),
                FormInput.amount(amountReimbursed, "amountReimbursed", "coverage.common.amount.invalid", problems),
                null);
    }
}
