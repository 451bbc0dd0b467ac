package ma.hirfa.coverage.file;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.coverage.rights.Regime;

/** An artisan's enrolment with the fund, with where the artisan stands in the register at the last change. */
public record Enrolment(
        long artisanId,
        String regionCode,
        String provinceCode,
        String craftCode,
        String nationalId,
        Regime regime,
        String fundNumber,
        LocalDate enrolledOn,
        EnrolmentStatus status,
        List<Beneficiary> beneficiaries) {}
