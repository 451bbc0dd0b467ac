package ma.hirfa.apprenticeship.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One period of the logbook: attendance and the evaluations (0 to 20) of the master and of the centre. */
record LogbookEntry(
        Long id,
        long contractId,
        LocalDate periodStart,
        LocalDate periodEnd,
        int daysPlanned,
        int daysPresent,
        Integer masterScore,
        String masterComment,
        Integer centreScore,
        String centreComment,
        String recordedBy,
        OffsetDateTime recordedAt) {

    int attendancePercent() {
        return daysPlanned == 0 ? 100 : daysPresent * 100 / daysPlanned;
    }
}
