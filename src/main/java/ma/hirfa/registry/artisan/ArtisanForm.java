package ma.hirfa.registry.artisan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An artisan's data as typed in the form or sent to the API. Names accept only letters of the Arabic,
 * Latin and Tifinagh scripts, spaces, hyphens, apostrophes and dots, so control and bidi-override
 * characters are refused.
 */
record ArtisanForm(
        @NotBlank @Pattern(regexp = NATIONAL_ID, message = "{registry.artisan.nationalId.invalid}")
        String nationalId,

        @Size(max = 80) @Pattern(regexp = NAME, message = "{registry.artisan.name.invalid}")
        String firstNameAr,

        @Size(max = 80) @Pattern(regexp = NAME, message = "{registry.artisan.name.invalid}")
        String lastNameAr,

        @Size(max = 80) @Pattern(regexp = NAME, message = "{registry.artisan.name.invalid}")
        String firstNameLat,

        @Size(max = 80) @Pattern(regexp = NAME, message = "{registry.artisan.name.invalid}")
        String lastNameLat,

        @NotNull Sex sex,
        @Past LocalDate birthDate,

        @Size(max = 20) @Pattern(regexp = PHONE, message = "{registry.artisan.phone.invalid}")
        String phone,

        @NotBlank String provinceCode,
        String communeCode,
        String craftCode,
        Long version) {

    static final String NATIONAL_ID = "^\\s*[A-Za-z]{1,2}\\s*[0-9]{1,8}\\s*$";
    static final String NAME = "^[\\p{IsArabic}\\p{IsLatin}\\p{IsTifinagh}\\p{M}'’ .\\-]*$";
    static final String PHONE = "^$|^[0-9+ ().\\-]{9,20}$";

    static ArtisanForm empty() {
        return new ArtisanForm("", "", "", "", "", null, null, "", "", "", "", null);
    }
}
