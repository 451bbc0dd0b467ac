package ma.hirfa.registry.artisan;

import java.time.LocalDate;

/** The personal data of an artisan, already checked and normalised. */
record ArtisanDetails(
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
        String craftCode) {}
