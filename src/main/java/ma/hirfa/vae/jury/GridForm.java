package ma.hirfa.vae.jury;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The evaluation grid of one candidate: for each competency, acquired or not, with a comment. */
record GridForm(@NotNull Long applicationId, @NotNull @Valid List<Score> scores) {

    record Score(
            @NotNull Long competencyId,
            @NotNull Boolean acquired,
            @Size(max = 1000) String comment) {}
}
