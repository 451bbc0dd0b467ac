package ma.hirfa.coverage.file;

import java.time.LocalDate;

/** A beneficiary as recorded, with the id the page and the API use to remove it. */
public record RecordedBeneficiary(long id, Relation relation, String fullName, LocalDate birthDate) {

    Beneficiary value() {
        return new Beneficiary(relation, fullName, birthDate);
    }
}
