package ma.hirfa.matching;

import java.time.LocalDate;

/** Small identity records for matching tests, in Drâa-Tafilalet (province 08 stands for any one province). */
final class MatchingFixtures {

    static final LocalDate BORN = LocalDate.of(1971, 3, 14);

    private MatchingFixtures() {}

    static IdentityRecord arabic(String id, String nationalId, String first, String last, LocalDate born) {
        return new IdentityRecord(id, nationalId, first, last, null, null, born, "08", null);
    }

    static IdentityRecord latin(String id, String nationalId, String first, String last, LocalDate born) {
        return new IdentityRecord(id, nationalId, null, null, first, last, born, "08", null);
    }

    static IdentityRecord both(
            String id, String nationalId, String firstAr, String lastAr, String first, String last, LocalDate born) {
        return new IdentityRecord(id, nationalId, firstAr, lastAr, first, last, born, "08", null);
    }
}
