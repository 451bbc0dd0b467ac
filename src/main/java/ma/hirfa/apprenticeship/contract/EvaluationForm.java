package ma.hirfa.apprenticeship.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The evaluation of a logbook period given after the fact, by the master or by the centre. */
record EvaluationForm(
        @NotNull Evaluator by,
        @NotNull @Min(0) @Max(20) Integer score,
        @Size(max = 1000) String comment) {

    enum Evaluator {
        MASTER,
        CENTRE
    }
}
