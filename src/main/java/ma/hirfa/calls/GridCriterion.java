package ma.hirfa.calls;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One line of a call's published scoring grid: members score it from 0 to {@code maxScore}; its {@code weight}
 * is its share of the total (weights need not add up to 100: the score is a weighted mean, ADR 0046).
 */
public record GridCriterion(
        @NotNull CriterionCode code,
        @Min(1) @Max(100) int weight,
        @Min(1) @Max(20) int maxScore) {

    /** The grid of issue 14, offered when a call is drafted and editable until it opens. */
    public static List<GridCriterion> defaults() {
        return List.of(
                new GridCriterion(CriterionCode.SENIORITY, 20, 10),
                new GridCriterion(CriterionCode.MASTER_ARTISAN, 15, 10),
                new GridCriterion(CriterionCode.COOPERATIVE, 10, 10),
                new GridCriterion(CriterionCode.YOUNG_ARTISAN, 15, 10),
                new GridCriterion(CriterionCode.WOMAN_LED, 15, 10),
                new GridCriterion(CriterionCode.DISPLACED_BY_WORKS, 15, 10),
                new GridCriterion(CriterionCode.CRAFT_DIVERSITY, 10, 10));
    }
}
