package ma.hirfa.coverage.file;

import java.time.LocalDate;
import ma.hirfa.platform.Refusal;

/** What a beneficiary must carry, the same for the page, the API and a whole enrolment: a tie, a name, a past birth. */
final class BeneficiaryRules {

    static final int NAME_MAX = 120;
    /** A household: a spouse or two and the children; more is a mistake or an attack (ADR 0044). */
    static final int HOUSEHOLD_MAX = 20;

    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1900, 1, 1);

    private BeneficiaryRules() {}

    /** Adds one problem per faulty field, each field name prefixed (e.g. {@code beneficiaries[0].}). */
    static void check(Beneficiary b, String prefix, Refusal problems, LocalDate today) {
        if (b == null || b.relation() == null) {
            problems.field(prefix + "relation", "coverage.beneficiary.relation.required");
        }
        String name = b == null || b.fullName() == null ? "" : b.fullName().strip();
        if (name.isEmpty()) {
            problems.field(prefix + "fullName", "coverage.beneficiary.name.required");
        } else if (name.length() > NAME_MAX) {
            problems.field(prefix + "fullName", "coverage.beneficiary.name.tooLong");
        }
        if (b != null && b.birthDate() != null) {
            if (b.birthDate().isAfter(today)) {
                problems.field(prefix + "birthDate", "coverage.common.future");
            } else if (b.birthDate().isBefore(OLDEST_BIRTH)) {
                problems.field(prefix + "birthDate", "coverage.beneficiary.birthDate.tooOld");
            }
        }
    }

    /** The beneficiary as stored: the name without surrounding or doubled spaces. */
    static Beneficiary clean(Beneficiary b) {
        return new Beneficiary(b.relation(), b.fullName().strip().replaceAll("\\s+", " "), b.birthDate());
    }
}
