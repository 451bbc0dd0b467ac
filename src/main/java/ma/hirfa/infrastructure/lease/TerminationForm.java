package ma.hirfa.infrastructure.lease;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An early end: why, the day notice was served, and the lease's last day (on or after the notice). */
record TerminationForm(
        @NotNull TerminationReason reason,
        @NotNull LocalDate noticeOn,
        @NotNull LocalDate endsOn) {}
