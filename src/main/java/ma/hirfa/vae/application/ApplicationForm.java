package ma.hirfa.vae.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.hirfa.reference.TrainingLevel;

/**
 * An application typed by an agent (or by the artisan for themselves): the artisan by id (API) or national
 * id or registration number (page), the target craft and level, and the years of practice.
 */
record ApplicationForm(
        Long artisanId,
        @Size(max = 30) String artisanReference,
        @NotBlank String craftCode,
        @NotNull TrainingLevel trainingLevel,
        @NotNull @Min(0) @Max(80) Integer yearsOfPractice,
        @Size(max = 2000) String statement) {

    static ApplicationForm empty() {
        return new ApplicationForm(null, "", "", TrainingLevel.ATTESTATION, null, "");
    }
}
