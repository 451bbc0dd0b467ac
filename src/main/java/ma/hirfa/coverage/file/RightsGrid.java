package ma.hirfa.coverage.file;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ma.hirfa.coverage.file.CoverageRights.MonthRights;

/**
 * The months of a rights page laid out as a year × month grid, so that two years fit on a phone screen: one row
 * per year, twelve cells, a cell empty when its month is outside the span shown.
 */
record RightsGrid(List<Year> years) {

    record Year(int year, List<MonthRights> cells) {}

    static RightsGrid of(List<MonthRights> months) {
        Map<Integer, MonthRights[]> byYear = new TreeMap<>();
        for (MonthRights m : months) {
            YearMonth month = m.month();
            byYear.computeIfAbsent(month.getYear(), y -> new MonthRights[12])[month.getMonthValue() - 1] = m;
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, cells) -> years.add(new Year(year, java.util.Arrays.asList(cells))));
        return new RightsGrid(List.copyOf(years));
    }
}
