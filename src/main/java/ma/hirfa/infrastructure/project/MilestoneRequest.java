package ma.hirfa.infrastructure.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A milestone: names in the three languages, planned date, the date it was reached (if so), estimated cost. */
record MilestoneRequest(
        @NotBlank @Size(max = 200) String nameAr,
        @NotBlank @Size(max = 200) String nameFr,
        @NotBlank @Size(max = 200) String nameZgh,
        @NotNull LocalDate plannedOn,
        LocalDate doneOn,
        @NotNull BigDecimal cost)
        implements Serializable {}
