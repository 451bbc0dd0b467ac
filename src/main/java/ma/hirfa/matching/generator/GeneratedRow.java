package ma.hirfa.matching.generator;

import java.time.LocalDate;

/**
 * One synthetic artisan row; {@code duplicateOf} is the id of the earlier row of the same person, or 0 for a
 * person's first row. Fields left empty by the harder profiles are null. The linking profile also says how
 * hard a row is to link ({@code category}: what a repeat shares with its first row, or which kind of
 * namesake a new person is) and, for a namesake, whose name it carries ({@code namesakeOf}, else 0).
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
        long duplicateOf,
        String category,
        long namesakeOf) {

    public GeneratedRow(
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
            long duplicateOf) {
        this(
                id,
                nationalId,
                firstNameAr,
                lastNameAr,
                firstNameLat,
                lastNameLat,
                birthDate,
                provinceCode,
                craftCode,
                phone,
                registrationDate,
                duplicateOf,
                null,
                0);
    }
}
