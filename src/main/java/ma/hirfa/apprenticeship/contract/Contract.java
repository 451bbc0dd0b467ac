package ma.hirfa.apprenticeship.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import ma.hirfa.reference.TrainingLevel;

/** An apprenticeship contract as stored in {@code app_contract}; also the snapshot kept by the audit trail. */
record Contract(
        Long id,
        String regionCode,
        String provinceCode,
        String apprenticeFirstName,
        String apprenticeLastName,
        String apprenticeNationalId,
        LocalDate apprenticeBirthDate,
        String apprenticePhone,
        Long apprenticeArtisanId,
        long masterId,
        String workshopName,
        String centreName,
        String craftCode,
        TrainingLevel trainingLevel,
        LocalDate startsOn,
        LocalDate endsOn,
        int workshopShare,
        int centreShare,
        ContractStatus status,
        AssessmentResult finalResult,
        Integer finalScore,
        String finalNote,
        LocalDate assessedOn,
        String abandonReason,
        String certificateRef,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    String apprenticeName() {
        return apprenticeFirstName + " " + apprenticeLastName;
    }

    int apprenticeAgeAtStart() {
        return Period.between(apprenticeBirthDate, startsOn).getYears();
    }
}
