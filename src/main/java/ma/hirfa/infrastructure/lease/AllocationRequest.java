package ma.hirfa.infrastructure.lease;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An allocation from a call's final ranking, from the page or the API: the days every lease made will run. */
record AllocationRequest(
        @NotNull Long callId,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn) {}
