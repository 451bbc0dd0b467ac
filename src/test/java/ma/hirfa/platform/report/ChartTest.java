package ma.hirfa.platform.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

    private static final Series RUNNING =
            new Series("status.RUNNING", List.of(Count.named("Poterie", 10), Count.named("Tissage", 5)));
    private static final Series ABANDONED =
            new Series("status.ABANDONED", List.of(Count.named("Poterie", 0), Count.named("Tissage", 2)));

    @Test
    void theLargestValueFillsTheBarSpaceAndTheOthersAreScaledToIt() {
        Chart chart = new Chart("caption", "craft", List.of(RUNNING, ABANDONED));

        List<Chart.Group> groups = chart.groups();
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).bars().get(0).width()).isEqualTo(Chart.BAR_SPACE);
        assertThat(groups.get(1).bars().get(0).width()).isEqualTo(Chart.BAR_SPACE / 2);
        assertThat(groups.get(0).bars().get(1).width()).isZero();
        assertThat(groups.get(1).values()).containsExactly(5L, 2L);
        assertThat(groups.get(0).bars().get(0).colour())
                .isNotEqualTo(groups.get(0).bars().get(1).colour());
    }

    @Test
    void barsOfAGroupDoNotOverlapAndGroupsFollowEachOther() {
        Chart chart = new Chart("caption", "craft", List.of(RUNNING, ABANDONED));

        Chart.Group first = chart.groups().get(0);
        Chart.Group second = chart.groups().get(1);
        assertThat(first.bars().get(1).y())
                .isGreaterThanOrEqualTo(
                        first.bars().get(0).y() + first.bars().get(0).height());
        assertThat(second.bars().get(0).y()).isGreaterThan(first.bars().get(1).y());
        assertThat(chart.height()).isGreaterThan(second.bars().get(1).y());
    }

    @Test
    void aChartWithNothingCountedDrawsNoBarAndSeriesMustCountTheSameCategories() {
        Chart empty = Chart.of("caption", "craft", new Series("s", List.of()));

        assertThat(empty.isEmpty()).isTrue();
        assertThat(Chart.of("c", "k", new Series("s", List.of(Count.keyed("k.A", 0))))
                        .groups()
                        .get(0)
                        .bars()
                        .get(0)
                        .width())
                .isZero();
        assertThatThrownBy(() -> new Chart("c", "k", List.of(RUNNING, new Series("x", List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
