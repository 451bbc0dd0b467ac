package ma.hirfa.matching;

import java.time.LocalDate;

/**
 * What matching knows of a person: any field but {@code recordId} may be null or blank, and a person may be
 * written in Arabic only, in Latin only, or in both.
 */
public record IdentityRecord(
        String recordId,
        String nationalId,
        String firstNameAr,
        String lastNameAr,
        String firstNameLat,
        String lastNameLat,
        LocalDate birthDate,
        String provinceCode,
        String phone) {}
