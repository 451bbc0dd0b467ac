package ma.hirfa.infrastructure.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A construction project as created or changed (API and form); the cost and dates are checked by the service. */
record ProjectRequest(
        @NotBlank @Size(max = 300) String titleAr,
        @NotBlank @Size(max = 300) String titleFr,
        @NotBlank @Size(max = 300) String titleZgh,
        @NotNull BigDecimal totalCost,
        @NotNull LocalDate plannedStart,
        @NotNull LocalDate plannedEnd,
        @Size(max = 1000) String contractors) {

    static ProjectRequest empty() {
        return new ProjectRequest(null, null, null, null, null, null, null);
    }
}
