package ma.hirfa.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final List<GridCriterion> GRID = List.of(
            new GridCriterion(CriterionCode.SENIORITY, 60, 10), new GridCriterion(CriterionCode.WOMAN_LED, 40, 5));

    @Test
    void theScoreIsTheWeightedMeanOfTheMembersMeansOutOf100() {
        CallApplication a = application(1, NINE);
        List<Score> scores = List.of(
                score(1, 1, CriterionCode.SENIORITY, 10),
                score(2, 1, CriterionCode.SENIORITY, 6),
                score(1, 1, CriterionCode.WOMAN_LED, 5),
                score(2, 1, CriterionCode.WOMAN_LED, 5));

        Standing only = Ranking.of(GRID, List.of(a), scores).get(0);

        // seniority mean 8/10 weighs 60, woman-led 5/5 weighs 40: (0.8 × 60 + 1 × 40) = 88
        assertThat(only.score()).isEqualByComparingTo("88.00");
        assertThat(only.rank()).isEqualTo(1);
    }

    @Test
    void aTieGoesToTheEarlierApplicationThenToTheLowerNumber() {
        CallApplication late = application(1, NINE.plusHours(2));
        CallApplication early = application(7, NINE);
        CallApplication sameTime = application(3, NINE);
        List<Score> scores = new ArrayList<>();
        for (long id : List.of(1L, 7L, 3L)) {
            scores.add(score(1, id, CriterionCode.SENIORITY, 5));
            scores.add(score(1, id, CriterionCode.WOMAN_LED, 3));
        }

        List<Standing> ranked = Ranking.of(GRID, List.of(late, early, sameTime), scores);

        assertThat(ranked).extracting(s -> s.application().id()).containsExactly(3L, 7L, 1L);
        assertThat(ranked).extracting(Standing::rank).containsExactly(1, 2, 3);
    }

    @Test
    void anApplicationWithAnUnscoredCriterionIsNotRankedAndComesLast() {
        CallApplication scored = application(2, NINE.plusDays(1));
        CallApplication half = application(1, NINE);
        List<Score> scores = List.of(
                score(1, 2, CriterionCode.SENIORITY, 1),
                score(1, 2, CriterionCode.WOMAN_LED, 1),
                score(1, 1, CriterionCode.SENIORITY, 10));

        List<Standing> ranked = Ranking.of(GRID, List.of(half, scored), scores);

        assertThat(ranked.get(0).application().id()).isEqualTo(2);
        assertThat(ranked.get(1).ranked()).isFalse();
        assertThat(ranked.get(1).score()).isNull();
    }

    @Test
    void anUpheldAppealsScoreReplacesTheCommittees() {
        CallApplication revised = new CallApplication(
                1, 1, Applicant.artisan(1), "A", "08", NINE, "agent", new BigDecimal("95.5"), List.of("S-1"));
        CallApplication other = application(2, NINE.minusDays(1));
        List<Score> scores = new ArrayList<>();
        for (long id : List.of(1L, 2L)) {
            scores.add(score(1, id, CriterionCode.SENIORITY, 9));
            scores.add(score(1, id, CriterionCode.WOMAN_LED, 5));
        }

        List<Standing> ranked = Ranking.of(GRID, List.of(revised, other), scores);

        assertThat(ranked.get(0).application().id()).isEqualTo(1);
        assertThat(ranked.get(0).score()).isEqualByComparingTo("95.50");
        assertThat(ranked.get(1).score()).isEqualByComparingTo("94.00");
    }

    private static CallApplication application(long id, OffsetDateTime at) {
        return new CallApplication(
                id, 1, Applicant.artisan(id * 10), "A" + id, "08", at, "agent", null, List.of("S-1"));
    }

    private static Score score(long member, long application, CriterionCode code, int value) {
        return new Score(member, application, code, value, "ok", NINE);
    }
}
