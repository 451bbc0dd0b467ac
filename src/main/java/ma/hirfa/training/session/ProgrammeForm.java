package ma.hirfa.training.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new programme: titles in the three languages (English optional), crafts concerned (none = all). */
record ProgrammeForm(
        @NotBlank @Size(max = 300) String titleAr,
        @NotBlank @Size(max = 300) String titleFr,
        @NotBlank @Size(max = 300) String titleZgh,
        @Size(max = 300) String titleEn,
        @NotNull ProgrammeType type,
        List<String> crafts,
        @NotNull @Min(1) @Max(2000) Integer hours,
        @Size(max = 4000) String competencies,
        @Size(max = 4000) String competenciesAr,
        @Size(max = 4000) String competenciesZgh,
        @NotNull @Min(1) @Max(100) Integer minAttendancePercent,
        boolean assessmentRequired) {

    static ProgrammeForm empty() {
        return new ProgrammeForm(
                null, null, null, null, ProgrammeType.CARAVAN, List.of(), 20, null, null, null, 80, false);
    }
}
