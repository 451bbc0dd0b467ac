package ma.hirfa.apprenticeship.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The final assessment that ends a running contract. */
record AssessmentForm(
        @NotNull AssessmentResult result,
        @NotNull @Min(0) @Max(20) Integer score,
        @Size(max = 1000) String note) {}
