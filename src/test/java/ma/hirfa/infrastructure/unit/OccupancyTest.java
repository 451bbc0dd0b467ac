package ma.hirfa.infrastructure.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import ma.hirfa.platform.report.Chart;
import org.junit.jupiter.api.Test;

class OccupancyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void theAllocatedUnitsRiseFromTheMonthTheirLeaseStarts() {
        List<StatusChange> history = List.of(
                change(1, 10, UnitStatus.VACANT, TODAY.minusMonths(11)),
                change(2, 11, UnitStatus.VACANT, TODAY.minusMonths(11)),
                change(3, 10, UnitStatus.ALLOCATED, LocalDate.of(2026, 3, 1)),
                change(4, 11, UnitStatus.ALLOCATED, LocalDate.of(2026, 6, 10)));

        Chart chart = Occupancy.chart(history, TODAY);

        List<Long> allocated =
                chart.series().get(0).counts().stream().map(c -> c.value()).toList();
        List<Long> vacant =
                chart.series().get(1).counts().stream().map(c -> c.value()).toList();
        assertThat(chart.categories().get(11).label()).isEqualTo("2026-06");
        assertThat(allocated.subList(7, 12)).containsExactly(0L, 1L, 1L, 1L, 2L);
        assertThat(vacant.subList(7, 12)).containsExactly(2L, 1L, 1L, 1L, 0L);
    }

    @Test
    void aLaterChangeDatedInThePastWinsOverTheCreationOfTheUnit() {
        // demo units are recorded vacant from their creation, then leased from an earlier month
        List<StatusChange> history = List.of(
                change(1, 10, UnitStatus.VACANT, TODAY), change(2, 10, UnitStatus.ALLOCATED, TODAY.minusMonths(3)));

        assertThat(Occupancy.statusAt(history, TODAY).get(10L).status()).isEqualTo(UnitStatus.ALLOCATED);
        assertThat(Occupancy.statusAt(history, TODAY.minusMonths(1)).get(10L).status())
                .isEqualTo(UnitStatus.ALLOCATED);
        assertThat(Occupancy.statusAt(history, TODAY.minusMonths(4))).isEmpty();
    }

    @Test
    void aUnitCountsItsVacancyInDaysFromTheDayItBecameVacant() {
        Unit vacant = unit("A-01", UnitStatus.VACANT, TODAY.minusDays(45));
        Unit leased = unit("A-02", UnitStatus.ALLOCATED, TODAY.minusDays(45));

        assertThat(vacant.vacantDays(TODAY)).isEqualTo(45);
        assertThat(vacant.vacantSince()).isEqualTo(TODAY.minusDays(45));
        assertThat(leased.vacantDays(TODAY)).isZero();
        assertThat(leased.vacantSince()).isNull();
        assertThat(unit("A-03", UnitStatus.VACANT, TODAY.plusDays(5)).vacantDays(TODAY))
                .as("vacant from a later day, once a terminated lease's last day is past")
                .isZero();
    }

    @Test
    void theFloorPlanGivesEachFloorItsUnitsInNumberOrderWithTheirStatusAsClass() {
        FloorPlan plan = FloorPlan.of(List.of(
                unit("B-02", UnitStatus.UNDER_WORKS, TODAY, 1),
                unit("A-02", UnitStatus.ALLOCATED, TODAY, 0),
                unit("A-01", UnitStatus.VACANT, TODAY, 0)));

        assertThat(plan.floors()).extracting(FloorPlan.Floor::number).containsExactly(0, 1);
        assertThat(plan.floors().get(0).boxes())
                .extracting(b -> b.unit().unitNumber() + " " + b.cssClass())
                .containsExactly("A-01 unit unit-vacant", "A-02 unit unit-allocated");
        assertThat(plan.floors().get(1).boxes().get(0).cssClass()).isEqualTo("unit unit-under-works");
        assertThat(plan.legend())
                .filteredOn(l -> l.status() == UnitStatus.VACANT)
                .singleElement()
                .extracting(FloorPlan.Legend::count)
                .isEqualTo(1L);
        assertThat(plan.floors().get(0).boxes().get(1).x())
                .isGreaterThan(plan.floors().get(0).boxes().get(0).x());
    }

    private static StatusChange change(long id, long unit, UnitStatus status, LocalDate since) {
        return new StatusChange(id, unit, status, since, null, "test", OffsetDateTime.now());
    }

    private static Unit unit(String number, UnitStatus status, LocalDate since) {
        return unit(number, status, since, 0);
    }

    private static Unit unit(String number, UnitStatus status, LocalDate since, int floor) {
        return new Unit(
                number.hashCode(), 1, number, floor, BigDecimal.TEN, UnitType.SHOP, BigDecimal.ONE, status, since, 0);
    }
}
