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

    /** The contract after its final assessment, dated {@code on}. */
    Contract finished(AssessmentResult result, Integer score, String note, LocalDate on) {
        return withOutcome(ContractStatus.FINISHED, result, score, note, on, null, certificateRef);
    }

    /** The contract left before its end, for {@code reason}. */
    Contract abandoned(String reason) {
        return withOutcome(ContractStatus.ABANDONED, null, null, null, null, reason, certificateRef);
    }

    /** The same outcome, now with the number of the certificate it earned. */
    Contract certified(String certificate) {
        return withOutcome(status, finalResult, finalScore, finalNote, assessedOn, abandonReason, certificate);
    }

    private Contract withOutcome(
            ContractStatus status,
            AssessmentResult result,
            Integer score,
            String note,
            LocalDate assessedOn,
            String abandonReason,
            String certificateRef) {
        return new Contract(
                id,
                regionCode,
                provinceCode,
                apprenticeFirstName,
                apprenticeLastName,
                apprenticeNationalId,
                apprenticeBirthDate,
                apprenticePhone,
                apprenticeArtisanId,
                masterId,
                workshopName,
                centreName,
                craftCode,
                trainingLevel,
                startsOn,
                endsOn,
                workshopShare,
                centreShare,
                status,
                result,
                score,
                note,
                assessedOn,
                abandonReason,
                certificateRef,
                createdBy,
                createdAt,
                updatedAt,
                version);
    }
}
