package ma.hirfa.calls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking rule of every call (ADR 0046), in one place so that pages, minutes and the final ranking agree.
 * Per criterion, the mean of the members' scores; the score is the weighted mean of those means, each over its
 * maximum, out of 100, rounded to 2 decimals (an appeal upheld replaces it). Tie-break: the earlier application,
 * then the lower application number.
 */
final class Ranking {

    private Ranking() {}

    static List<Standing> of(List<GridCriterion> grid, List<CallApplication> applications, List<Score> scores) {
        List<Standing> standings = new ArrayList<>();
        for (CallApplication application : applications) {
            Map<CriterionCode, BigDecimal> means = new EnumMap<>(CriterionCode.class);
            BigDecimal weighted = BigDecimal.ZERO;
            int weights = 0;
            boolean complete = true;
            for (GridCriterion criterion : grid) {
                List<Integer> given = scores.stream()
                        .filter(s -> s.applicationId() == application.id() && s.code() == criterion.code())
                        .map(Score::score)
                        .toList();
                if (given.isEmpty()) {
                    complete = false;
                    continue;
                }
                BigDecimal mean = BigDecimal.valueOf(
                                given.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(given.size()), 6, RoundingMode.HALF_UP);
                means.put(criterion.code(), mean.setScale(2, RoundingMode.HALF_UP));
                weighted = weighted.add(mean.multiply(BigDecimal.valueOf(criterion.weight()))
                        .divide(BigDecimal.valueOf(criterion.maxScore()), 6, RoundingMode.HALF_UP));
                weights += criterion.weight();
            }
            BigDecimal score = null;
            if (application.revisedScore() != null) {
                score = application.revisedScore().setScale(2, RoundingMode.HALF_UP);
            } else if (complete && weights > 0) {
                score = weighted.multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
            }
            standings.add(new Standing(application, score, means, 0));
        }
        List<Standing> ordered = new ArrayList<>(standings);
        ordered.sort(ORDER);
        List<Standing> ranked = new ArrayList<>();
        int rank = 0;
        for (Standing s : ordered) {
            ranked.add(s.score() == null ? s : new Standing(s.application(), s.score(), s.means(), ++rank));
        }
        return ranked;
    }

    /** Scored first, best score first, then the earlier application, then the lower number. */
    static final Comparator<Standing> ORDER = Comparator.comparing((Standing s) -> s.score() == null)
            .thenComparing(Standing::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(s -> s.application().submittedAt())
            .thenComparingLong(s -> s.application().id());
}
