package ma.hirfa.apprenticeship.contract;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.reference.TrainingLevel;

/** A contract as pages and the API show it, with its logbook and alerts (alert texts translated). */
record ContractView(
        long id,
        String regionCode,
        String apprenticeName,
        String apprenticeNationalId,
        LocalDate apprenticeBirthDate,
        int apprenticeAgeAtStart,
        Long apprenticeArtisanId,
        long masterId,
        String masterName,
        String workshopName,
        String centreName,
        String craftCode,
        String craftName,
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
        List<Entry> logbook,
        List<String> alerts) {

    record Entry(
            long id,
            LocalDate periodStart,
            LocalDate periodEnd,
            int daysPlanned,
            int daysPresent,
            int attendancePercent,
            Integer masterScore,
            String masterComment,
            Integer centreScore,
            String centreComment) {

        static Entry of(LogbookEntry e) {
            return new Entry(
                    e.id(),
                    e.periodStart(),
                    e.periodEnd(),
                    e.daysPlanned(),
                    e.daysPresent(),
                    e.attendancePercent(),
                    e.masterScore(),
                    e.masterComment(),
                    e.centreScore(),
                    e.centreComment());
        }
    }
}
