package ma.hirfa.apprenticeship.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import ma.hirfa.platform.NationalIdFormat;
import ma.hirfa.platform.PhoneNumberFormat;
import ma.hirfa.reference.TrainingLevel;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new contract as typed in the form or sent to the API. The master is a registered artisan given by id
 * (API) or by national id or registration number (page).
 */
record ContractForm(
        @NotBlank @Size(max = 80) @Pattern(regexp = NAME, message = "{apprenticeship.contract.name.invalid}")
        String apprenticeFirstName,

        @NotBlank @Size(max = 80) @Pattern(regexp = NAME, message = "{apprenticeship.contract.name.invalid}")
        String apprenticeLastName,

        @NationalIdFormat(message = "{apprenticeship.contract.nationalId.invalid}")
        String apprenticeNationalId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate apprenticeBirthDate,

        @PhoneNumberFormat(message = "{apprenticeship.contract.phone.invalid}")
        String apprenticePhone,

        Long apprenticeArtisanId,
        Long masterId,

        @Size(max = 30) String masterReference,

        @NotBlank @Size(max = 160) @Pattern(regexp = NAME, message = "{apprenticeship.contract.name.invalid}")
        String workshopName,

        @NotBlank @Size(max = 160) @Pattern(regexp = NAME, message = "{apprenticeship.contract.name.invalid}")
        String centreName,

        @NotBlank String craftCode,
        @NotNull TrainingLevel trainingLevel,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endsOn,

        @NotNull Integer workshopShare,
        @NotNull Integer centreShare) {

    static final String NAME =
            "^(?!.*[\\p{Cc}\\p{Cf}])[\\p{IsArabic}\\p{IsLatin}\\p{IsTifinagh}\\p{M}\\p{Nd}'’ .,;:\\-&()/«»\"]*$";

    static ContractForm empty() {
        return new ContractForm("", "", "", null, "", null, null, "", "", "", "", null, null, null, 80, 20);
    }
}
