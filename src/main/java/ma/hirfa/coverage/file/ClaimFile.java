package ma.hirfa.coverage.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.hirfa.coverage.rights.ClaimDecision;
import ma.hirfa.coverage.rights.RejectionReason;
import ma.hirfa.coverage.rights.Retroactive;

/** A claim file (dossier) as the fund handled it; no diagnosis, only what the rights and follow-up need. */
public record ClaimFile(
        long id,
        long artisanId,
        String regionCode,
        String provinceCode,
        String craftCode,
        String fundReference,
        LocalDate careDate,
        LocalDate filedOn,
        BigDecimal amountClaimed,
        ClaimDecision decision,
        RejectionReason rejectionReason,
        LocalDate decidedOn,
        BigDecimal amountReimbursed,
        CaseStatus caseStatus) {

    /** The length of {@code cov_claim.fund_reference}. */
    static final int MAX_FUND_REFERENCE = 40;

    public Retroactive.Claim forRule() {
        return new Retroactive.Claim(careDate, decision, rejectionReason, decidedOn);
    }

    /** The same claim once the fund's decision is recorded; a retroactive case it reimburses is closed with it. */
    ClaimFile decided(ClaimDecision d, LocalDate on, RejectionReason reason, BigDecimal reimbursed) {
        return with(
                d,
                d == ClaimDecision.REJECTED ? reason : null,
                d == ClaimDecision.PENDING ? null : on,
                d == ClaimDecision.REIMBURSED ? reimbursed.setScale(2) : null,
                d == ClaimDecision.REIMBURSED && caseStatus != null ? CaseStatus.REIMBURSED : caseStatus);
    }

    /** The same claim with its retroactive case moved to {@code status}. */
    ClaimFile withCase(CaseStatus status) {
        return with(decision, rejectionReason, decidedOn, amountReimbursed, status);
    }

    private ClaimFile with(
            ClaimDecision d, RejectionReason reason, LocalDate on, BigDecimal reimbursed, CaseStatus status) {
        return new ClaimFile(
                id,
                artisanId,
                regionCode,
                provinceCode,
                craftCode,
                fundReference,
                careDate,
                filedOn,
                amountClaimed,
                d,
                reason,
                on,
                reimbursed,
                status);
    }
}
