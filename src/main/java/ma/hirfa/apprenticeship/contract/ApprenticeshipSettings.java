package ma.hirfa.apprenticeship.contract;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rules the law and the ministry set, kept as settings (FACTS §6.1: apprentices aged 15 to 30 at the start,
 * at least 80 % of the time in the workshop and 10 % at the training centre). Capacity per master and the
 * attendance threshold of the logbook are the chamber's choices.
 */
@Component
class ApprenticeshipSettings {

    final int minAge;
    final int maxAge;
    final int masterCapacity;
    final int minWorkshopShare;
    final int minCentreShare;
    final int minAttendancePercent;

    ApprenticeshipSettings(
            @Value("${hirfa.apprenticeship.min-age:15}") int minAge,
            @Value("${hirfa.apprenticeship.max-age:30}") int maxAge,
            @Value("${hirfa.apprenticeship.master-capacity:3}") int masterCapacity,
            @Value("${hirfa.apprenticeship.min-workshop-share:80}") int minWorkshopShare,
            @Value("${hirfa.apprenticeship.min-centre-share:10}") int minCentreShare,
            @Value("${hirfa.apprenticeship.min-attendance-percent:80}") int minAttendancePercent) {
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.masterCapacity = masterCapacity;
        this.minWorkshopShare = minWorkshopShare;
        this.minCentreShare = minCentreShare;
        this.minAttendancePercent = minAttendancePercent;
    }
}
