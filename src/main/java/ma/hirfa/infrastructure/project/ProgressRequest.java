package ma.hirfa.infrastructure.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A site visit's finding: the physical progress in percent on a day, with a note. */
record ProgressRequest(
        @NotNull LocalDate reportedOn,
        @NotNull @Min(0) @Max(100) Integer percent,
        @Size(max = 500) String note) implements Serializable {}
