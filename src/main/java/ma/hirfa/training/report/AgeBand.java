package ma.hirfa.training.report;

import java.time.LocalDate;
import java.time.Period;

/** Age bands of the reports, at the day the report is made. */
final class AgeBand {

    static final String UNKNOWN = "UNKNOWN";

    private AgeBand() {}

    static String of(LocalDate birthDate, LocalDate today) {
        if (birthDate == null || birthDate.isAfter(today)) {
            return UNKNOWN;
        }
        int age = Period.between(birthDate, today).getYears();
        if (age < 25) {
            return "UNDER_25";
        }
        if (age < 35) {
            return "FROM_25_TO_34";
        }
        if (age < 45) {
            return "FROM_35_TO_44";
        }
        if (age < 55) {
            return "FROM_45_TO_54";
        }
        return "FROM_55";
    }
}
