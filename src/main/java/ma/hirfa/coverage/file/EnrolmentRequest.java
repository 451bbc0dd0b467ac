package ma.hirfa.coverage.file;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.coverage.rights.Regime;

/** Enrols an artisan (or corrects the enrolment): regime, enrolment date, fund number, beneficiaries. */
public record EnrolmentRequest(
        Regime regime,
        LocalDate enrolledOn,
        String fundNumber,
        EnrolmentStatus status,
        List<Beneficiary> beneficiaries) {}
