package ma.hirfa.vae.jury;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new jury session: craft, date and place; national users name the region too. */
record JuryForm(
        @NotBlank String craftCode,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate sitsOn,

        @NotBlank @Size(max = 200) String place,
        String regionCode) {}
