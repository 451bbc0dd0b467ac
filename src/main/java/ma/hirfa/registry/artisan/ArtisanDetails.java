package ma.hirfa.registry.artisan;

import java.time.LocalDate;

/** The personal and professional data of an artisan, already checked and normalised. */
public record ArtisanDetails(
        String nationalId,
        String firstNameAr,
        String lastNameAr,
        String firstNameLat,
        String lastNameLat,
        Sex sex,
        LocalDate birthDate,
        String phone,
        String provinceCode,
        String communeCode,
        String craftCode,
        Category category,
        QualificationBasis qualificationBasis,
        Integer experienceYears,
        TaxStatus taxStatus,
        String address,
        String workshopAddress,
        String otherCrafts) {

    /** The other crafts practised, as codes of the nomenclature. */
    java.util.List<String> otherCraftCodes() {
        return otherCrafts == null || otherCrafts.isBlank()
                ? java.util.List.of()
                : java.util.List.of(otherCrafts.split(","));
    }
}
