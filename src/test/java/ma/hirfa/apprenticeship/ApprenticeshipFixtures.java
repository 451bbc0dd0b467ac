package ma.hirfa.apprenticeship;

import java.time.LocalDate;

/** Contracts as the API receives them. */
final class ApprenticeshipFixtures {

    private ApprenticeshipFixtures() {}

    static final LocalDate START = LocalDate.now().plusDays(7);

    /** A weaving apprentice of the given age on the start date, 80 % workshop and 20 % centre. */
    static String contract(long masterId, int ageAtStart) {
        return contract(masterId, START.minusYears(ageAtStart).minusDays(30), 80, 20);
    }

    static String contract(long masterId, LocalDate birthDate, int workshop, int centre) {
        return """
                {"apprenticeFirstName":"Youssef","apprenticeLastName":"Ait Ali","apprenticeNationalId":"",
                 "apprenticeBirthDate":"%s","apprenticePhone":"","masterId":%d,
                 "workshopName":"Atelier Tissage Zagora","centreName":"CFA Chambre Ouarzazate",
                 "craftCode":"%s","trainingLevel":"SPECIALISATION","startsOn":"%s","endsOn":"%s",
                 "workshopShare":%d,"centreShare":%d}""".formatted(birthDate, masterId, craft(), START, START.plusYears(2), workshop, centre);
    }

    static String craft() {
        return "P01";
    }

    static String period(LocalDate from, int planned, int present, Integer master, Integer centre) {
        return """
                {"periodStart":"%s","periodEnd":"%s","daysPlanned":%d,"daysPresent":%d,"masterScore":%s,"centreScore":%s}""".formatted(from, from.plusDays(29), planned, present, master, centre);
    }
}
