package ma.hirfa.vae.jury;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import ma.hirfa.vae.application.Outcome;

/**
 * The deliberation on one candidate: a partial validation prescribes a training programme (by id), a refusal
 * gives its reasons.
 */
record DecisionForm(
        @NotNull Long applicationId,
        @NotNull Outcome outcome,
        @Positive Long prescribedProgrammeId,
        @Size(max = 2000) String reasons) {}
