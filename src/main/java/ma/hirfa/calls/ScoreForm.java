package ma.hirfa.calls;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A member's scores of one application, one line per criterion of the grid, each with its justification. */
record ScoreForm(@NotEmpty List<@Valid Line> scores) {

    record Line(
            @NotNull CriterionCode code,
            @NotNull Integer score,
            @Size(max = 1000) String justification) {}
}
