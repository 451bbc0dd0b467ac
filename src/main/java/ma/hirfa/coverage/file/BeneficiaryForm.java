package ma.hirfa.coverage.file;

import java.io.Serializable;
import ma.hirfa.platform.FormInput;
import ma.hirfa.platform.Refusal;

/** The "add a beneficiary" form as typed, kept to show it again when refused. */
public record BeneficiaryForm(String relation, String fullName, String birthDate) implements Serializable {

    /** The beneficiary, or the problems of unreadable fields (the rules then check the rest). */
    Beneficiary read(Refusal problems) {
        Relation r = FormInput.choice(
                Relation.class, relation, "relation", "coverage.beneficiary.relation.required", problems);
        return new Beneficiary(
                r, fullName, FormInput.date(birthDate, "birthDate", "coverage.common.date.invalid", problems));
    }
}
