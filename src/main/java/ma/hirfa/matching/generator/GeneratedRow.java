package ma.hirfa.matching.generator;

import java.time.LocalDate;

/**
 * One synthetic artisan row; {@code duplicateOf} is the id of the earlier row of the same person, or 0 for a
 * person's first row. Fields left empty by the harder profile are null.
 */
public record GeneratedRow(
        long id,
        String nationalId,
        String firstNameAr,
        String lastNameAr,
        String firstNameLat,
        String lastNameLat,
        LocalDate birthDate,
        String provinceCode,
        String craftCode,
        String phone,
        LocalDate registrationDate,
        long duplicateOf) {}
