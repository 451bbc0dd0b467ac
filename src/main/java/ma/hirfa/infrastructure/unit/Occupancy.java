package ma.hirfa.infrastructure.unit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.hirfa.platform.report.Chart;
import ma.hirfa.platform.report.Count;
import ma.hirfa.platform.report.Series;

/**
 * The occupancy of a complex month by month, read from the units' status history: at the end of each month (today
 * for the current one) a unit counts with the last status recorded for a day up to then. It rises when leases are
 * made, since a lease records its unit ALLOCATED from its start.
 */
final class Occupancy {

    static final int MONTHS = 12;

    private Occupancy() {}

    static Chart chart(List<StatusChange> history, LocalDate today) {
        List<Count> allocated = new ArrayList<>();
        List<Count> vacant = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int back = MONTHS - 1; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            LocalDate at = back == 0 ? today : month.atEndOfMonth();
            Map<Long, StatusChange> status = statusAt(history, at);
            String label = month.toString();
            allocated.add(Count.named(label, count(status, UnitStatus.ALLOCATED)));
            vacant.add(Count.named(label, count(status, UnitStatus.VACANT)));
        }
        return new Chart(
                "infrastructure.unit.occupancy.caption",
                "infrastructure.unit.occupancy.month",
                List.of(
                        new Series("infrastructure.unit.status.ALLOCATED", allocated),
                        new Series("infrastructure.unit.status.VACANT", vacant)));
    }

    /** Each unit's last recorded change for a day up to {@code at} (history in the order it was written). */
    static Map<Long, StatusChange> statusAt(List<StatusChange> history, LocalDate at) {
        Map<Long, StatusChange> last = new HashMap<>();
        for (StatusChange change : history) {
            if (!change.since().isAfter(at)) {
                StatusChange known = last.get(change.unitId());
                if (known == null || change.id() > known.id()) {
                    last.put(change.unitId(), change);
                }
            }
        }
        return last;
    }

    private static long count(Map<Long, StatusChange> status, UnitStatus wanted) {
        return status.values().stream().filter(c -> c.status() == wanted).count();
    }
}
