package ma.hirfa.infrastructure.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The keys handed over: on which day, to whom (the holder or the person they sent). */
record KeysForm(
        @NotNull LocalDate handedOn,
        @NotBlank @Size(max = 200) String handedTo) {}
