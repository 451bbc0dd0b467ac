package ma.hirfa.registry.importing;

import java.time.LocalDate;
import ma.hirfa.matching.IdentityKeys;

/**
 * A row of a legacy list, checked and normalised, ready to become a draft file; {@code keys} are its
 * cross-script match keys once computed (by the session's check), so that the identity index reuses them.
 */
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
        boolean possibleDuplicate,
        IdentityKeys keys) {

    ImportedArtisan withKeys(IdentityKeys newKeys) {
        return with(possibleDuplicate, newKeys);
    }

    ImportedArtisan flagged() {
        return with(true, keys);
    }

    private ImportedArtisan with(boolean duplicate, IdentityKeys newKeys) {
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
                duplicate,
                newKeys);
    }
}
