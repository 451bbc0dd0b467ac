package ma.hirfa.apprenticeship.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A period of the logbook; either evaluation may be given later. */
record LogbookForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodStart,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodEnd,

        @NotNull @Min(1) @Max(366) Integer daysPlanned,
        @NotNull @Min(0) @Max(366) Integer daysPresent,
        @Min(0) @Max(20) Integer masterScore,
        @Size(max = 1000) String masterComment,
        @Min(0) @Max(20) Integer centreScore,
        @Size(max = 1000) String centreComment) {}
