package ma.hirfa.calls;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The forms of appeals: lodging one, deciding one. */
final class AppealForms {

    private AppealForms() {}

    record Lodge(@NotBlank @Size(max = 2000) String grounds) {}

    /** Upheld with the score out of 100 that replaces the committee's, or rejected; the reason either way. */
    record Decide(
            @NotNull Appeal.Outcome outcome,
            @DecimalMin("0") @DecimalMax("100") BigDecimal revisedScore,
            @NotBlank @Size(max = 2000) String reason) {}
}
