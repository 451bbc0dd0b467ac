package ma.hirfa.coverage.retroactive;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.hirfa.coverage.file.CaseStatus;
import ma.hirfa.coverage.rights.RetroactivePolicy;
import ma.hirfa.coverage.rights.RightsStatus;

/** An owed claim for the API: why it is owed (entitled view) and why the fund refused (its view). */
record OwedClaimResponse(
        long claimId,
        long artisanId,
        String provinceCode,
        String craftCode,
        LocalDate careDate,
        BigDecimal amountClaimed,
        String reason,
        RightsStatus fundStatusOnDecision,
        String fundView,
        RetroactivePolicy policy,
        CaseStatus caseStatus) {}
