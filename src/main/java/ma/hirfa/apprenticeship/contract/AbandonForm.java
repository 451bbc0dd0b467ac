package ma.hirfa.apprenticeship.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a running contract stops before its end. */
record AbandonForm(@NotBlank @Size(max = 1000) String reason) {}
