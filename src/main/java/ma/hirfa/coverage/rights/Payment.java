package ma.hirfa.coverage.rights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A month's contribution as the rule sees it: when it was paid and when the fund recorded it (maybe not yet). */
public record Payment(YearMonth month, LocalDate paidOn, LocalDate recordedOn) {

    public Payment {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(paidOn, "paidOn");
    }

    /** Whether this payment counts on {@code date} in the given view. */
    public boolean countsOn(LocalDate date, RightsBasis basis) {
        return switch (basis) {
            case ENTITLED -> !paidOn.isAfter(date);
            case FUND -> recordedOn != null && !recordedOn.isAfter(date);
        };
    }
}
