package ma.hirfa.apprenticeship.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Something in the logbook that needs the agent's attention; {@code key} is a message key. */
record Alert(String key, LocalDate periodStart, Integer attendance) {

    /** Missing evaluations and attendance under the threshold, period by period, then for the contract. */
    static List<Alert> of(Contract contract, List<LogbookEntry> entries, int minAttendance, LocalDate today) {
        List<Alert> alerts = new ArrayList<>();
        for (LogbookEntry e : entries) {
            if (e.masterScore() == null) {
                alerts.add(new Alert("apprenticeship.alert.masterMissing", e.periodStart(), null));
            }
            if (e.centreScore() == null) {
                alerts.add(new Alert("apprenticeship.alert.centreMissing", e.periodStart(), null));
            }
            if (e.attendancePercent() < minAttendance) {
                alerts.add(new Alert("apprenticeship.alert.lowAttendance", e.periodStart(), e.attendancePercent()));
            }
        }
        if (contract.status() == ContractStatus.RUNNING && contract.endsOn().isBefore(today)) {
            alerts.add(new Alert("apprenticeship.alert.assessmentDue", contract.endsOn(), null));
        }
        return alerts;
    }
}
