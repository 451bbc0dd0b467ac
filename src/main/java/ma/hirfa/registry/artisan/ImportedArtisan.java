package ma.hirfa.registry.artisan;

import java.time.LocalDate;

/** A row of a legacy list, checked and normalised, ready to become a draft file. */
record ImportedArtisan(
        String nationalId,
        String firstNameAr,
        String lastNameAr,
        String firstNameLat,
        String lastNameLat,
        String sex,
        LocalDate birthDate,
        String phone,
        String regionCode,
        String provinceCode,
        String communeCode,
        String craftCode,
        boolean possibleDuplicate) {

    ImportedArtisan flagged() {
        return new ImportedArtisan(
                nationalId,
                firstNameAr,
                lastNameAr,
                firstNameLat,
                lastNameLat,
                sex,
                birthDate,
                phone,
                regionCode,
                provinceCode,
                communeCode,
                craftCode,
                true);
    }
}
