package ma.hirfa.registry.artisan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import ma.hirfa.platform.NationalIdFormat;
import ma.hirfa.platform.PhoneNumberFormat;

/**
 * An artisan's data as typed in the form or sent to the API. Names accept only letters of the Arabic,
 * Latin and Tifinagh scripts, spaces, hyphens, apostrophes and dots, so control and bidi-override
 * characters are refused.
 */
public record ArtisanForm(
        @NotBlank @NationalIdFormat(message = "{registry.artisan.nationalId.invalid}")
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
        @NotNull @Past LocalDate birthDate,

        @Size(max = 20) @PhoneNumberFormat(message = "{registry.artisan.phone.invalid}")
        String phone,

        @NotBlank String provinceCode,
        String communeCode,
        @NotBlank String craftCode,
        @NotNull Category category,
        @NotNull QualificationBasis qualificationBasis,
        @Min(0) @Max(80) Integer experienceYears,
        TaxStatus taxStatus,

        @Size(max = 200) @Pattern(regexp = ADDRESS, message = "{registry.artisan.address.invalid}")
        String address,

        @Size(max = 200) @Pattern(regexp = ADDRESS, message = "{registry.artisan.address.invalid}")
        String workshopAddress,

        @Size(max = 5) List<String> otherCrafts,
        Long version) {

    public static final String NAME = "^[\\p{IsArabic}\\p{IsLatin}\\p{IsTifinagh}\\p{M}'’ .\\-]*$";
    static final String ADDRESS = "^[\\p{IsArabic}\\p{IsLatin}\\p{IsTifinagh}\\p{M}\\p{Nd}'’ .,،؛؟°/#\\-]*$";

    static ArtisanForm empty() {
        return new ArtisanForm(
                "",
                "",
                "",
                "",
                "",
                null,
                null,
                "",
                "",
                "",
                "",
                Category.ARTISAN,
                QualificationBasis.EXPERIENCE,
                null,
                null,
                null,
                null,
                List.of(),
                null);
    }

    static ArtisanForm of(Artisan a) {
        ArtisanDetails d = a.details();
        return new ArtisanForm(
                d.nationalId(),
                d.firstNameAr(),
                d.lastNameAr(),
                d.firstNameLat(),
                d.lastNameLat(),
                d.sex(),
                d.birthDate(),
                d.phone(),
                d.provinceCode(),
                d.communeCode(),
                d.craftCode(),
                d.category(),
                d.qualificationBasis(),
                d.experienceYears(),
                d.taxStatus(),
                d.address(),
                d.workshopAddress(),
                d.otherCraftCodes(),
                a.version());
    }
}
