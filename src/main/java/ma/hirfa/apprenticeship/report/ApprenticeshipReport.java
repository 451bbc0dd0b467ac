package ma.hirfa.apprenticeship.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Contracts running, finished and abandoned, by craft, within the user's region. */
@Component
class ApprenticeshipReport {

    static final List<String> STATUSES = List.of("RUNNING", "FINISHED", "ABANDONED");

    record Row(String craftCode, String craftName, long running, long finished, long abandoned) {
        long total() {
            return running + finished + abandoned;
        }
    }

    record Bar(String status, long count, int width) {}

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    ApprenticeshipReport(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    @Transactional(readOnly = true)
    List<Row> rows(RegionScope scope, Language language) {
        List<Object> args = new ArrayList<>();
        String where = switch (scope.kind()) {
            case NATIONAL -> "";
            case REGION -> {
                args.add(scope.regionCode());
                yield " where region_code = ?";
            }
            case OWN_FILE, NOTHING -> " where 1 = 0";
        };
        Map<String, long[]> counts = new LinkedHashMap<>();
        jdbc.query(
                "select craft_code, status, count(*) as n from app_contract" + where
                        + " group by craft_code, status order by craft_code",
                rs -> {
                    long[] c = counts.computeIfAbsent(rs.getString("craft_code"), k -> new long[3]);
                    c[STATUSES.indexOf(rs.getString("status"))] += rs.getLong("n");
                },
                args.toArray());
        return counts.entrySet().stream()
                .map(e -> new Row(
                        e.getKey(),
                        reference.craftName(e.getKey(), language),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2]))
                .toList();
    }

    /** One bar per status, widths in percent of the largest, for the chart drawn as inline SVG. */
    static List<Bar> bars(List<Row> rows) {
        long[] totals = new long[3];
        for (Row r : rows) {
            totals[0] += r.running();
            totals[1] += r.finished();
            totals[2] += r.abandoned();
        }
        long max = Math.max(1, Math.max(totals[0], Math.max(totals[1], totals[2])));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bars.add(new Bar(STATUSES.get(i), totals[i], (int) (totals[i] * 100 / max)));
        }
        return bars;
    }
}
