package ma.hirfa.coverage.file;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A family member covered through the artisan, when known. */
public record Beneficiary(
        @NotNull Relation relation,
        @NotBlank @Size(max = 120) String fullName,
        LocalDate birthDate) {}
