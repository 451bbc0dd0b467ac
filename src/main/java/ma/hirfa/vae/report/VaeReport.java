package ma.hirfa.vae.report;

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

/** VAE applications and outcomes by craft, within the user's region. */
@Component
class VaeReport {

    /** Columns of the report: applications still in progress, then the outcomes. */
    static final List<String> COLUMNS =
            List.of("IN_PROGRESS", "INELIGIBLE", "VALIDATED", "PARTIALLY_VALIDATED", "REFUSED");

    record Row(String craftCode, String craftName, long[] counts) {
        long total() {
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            return total;
        }
    }

    record Bar(String column, long count, int width) {}

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    VaeReport(JdbcTemplate jdbc, ReferenceData reference) {
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
                "select craft_code, status, count(*) as n from vae_application" + where
                        + " group by craft_code, status order by craft_code",
                rs -> {
                    long[] c = counts.computeIfAbsent(rs.getString("craft_code"), k -> new long[COLUMNS.size()]);
                    int column = COLUMNS.indexOf(rs.getString("status"));
                    c[column < 0 ? 0 : column] += rs.getLong("n");
                },
                args.toArray());
        return counts.entrySet().stream()
                .map(e -> new Row(e.getKey(), reference.craftName(e.getKey(), language), e.getValue()))
                .toList();
    }

    static List<Bar> bars(List<Row> rows) {
        long[] totals = new long[COLUMNS.size()];
        rows.forEach(r -> {
            for (int i = 0; i < totals.length; i++) {
                totals[i] += r.counts()[i];
            }
        });
        long max = 1;
        for (long t : totals) {
            max = Math.max(max, t);
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            bars.add(new Bar(COLUMNS.get(i), totals[i], (int) (totals[i] * 100 / max)));
        }
        return bars;
    }
}
