package ma.hirfa.vae.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A competency an administrator adds to a framework: its name in the three languages, its criteria in French
 * ({@code criteria}) and, when already translated, in Arabic and Tamazight.
 */
public record CompetencyForm(
        @NotBlank @Size(max = 300) String nameAr,
        @NotBlank @Size(max = 300) String nameFr,
        @NotBlank @Size(max = 300) String nameZgh,
        @NotBlank @Size(max = 2000) String criteria,
        @Size(max = 2000) String criteriaAr,
        @Size(max = 2000) String criteriaZgh) {}
