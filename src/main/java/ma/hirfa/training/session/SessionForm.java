package ma.hirfa.training.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new session: the programme, where (province, commune, and a complex or caravan stop as free text), who
 * trains, when, how many seats, and whether a waiting list takes those who come when it is full.
 */
record SessionForm(
        @NotNull Long programmeId,
        @NotBlank String provinceCode,
        String communeCode,
        @Size(max = 300) String place,
        @NotBlank @Size(max = 200) String trainer,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endsOn,

        @NotNull @Min(1) @Max(500) Integer capacity,
        boolean waitingList) {

    static SessionForm empty() {
        return new SessionForm(null, null, null, null, null, null, null, 20, true);
    }
}
