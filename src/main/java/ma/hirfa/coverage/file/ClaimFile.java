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

    public Retroactive.Claim forRule() {
        return new Retroactive.Claim(careDate, decision, rejectionReason, decidedOn);
    }
}
