package ma.hirfa.platform.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.platform.transfer.ExportFormat;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The usual report: rows of a table counted by a category (a craft) and a status, within the user's scope;
 * one line per category, one column per status. It gives the chart (one series per status) and the rows of
 * the CSV/XLSX export (code, name, then the counts as numbers).
 */
public record Crosstab(List<String> columns, List<Line> lines) {

    /** A category: its code, its name in the reader's language, and one count per column. */
    public record Line(String code, String name, List<Long> counts) {}

    public Crosstab {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    /**
     * Counts {@code table} by {@code category} and {@code status} within {@code where}. Statuses not in
     * {@code columns} count in the first column (the "other" or "in progress" bucket); categories come in code
     * order and are named by {@code name}.
     */
    public static Crosstab tally(
            JdbcTemplate jdbc,
            String table,
            String category,
            String status,
            List<String> columns,
            Criteria where,
            Function<String, String> name) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        jdbc.query(
                "select " + category + ", " + status + ", count(*) as n from " + table + where.where() + " group by "
                        + category + ", " + status + " order by " + category,
                rs -> {
                    long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[columns.size()]);
                    c[Math.max(columns.indexOf(rs.getString(2)), 0)] += rs.getLong(3);
                },
                where.args().toArray());
        List<Line> lines = new ArrayList<>();
        counts.forEach((code, c) -> lines.add(new Line(
                code, name.apply(code), java.util.Arrays.stream(c).boxed().toList())));
        return new Crosstab(columns, lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** One series per column, labelled {@code <columnKeyPrefix>.<COLUMN>}, over the categories. */
    public Chart chart(String captionKey, String categoryKey, String columnKeyPrefix) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            series.add(new Series(
                    columnKeyPrefix + "." + columns.get(i),
                    lines.stream()
                            .map(l -> Count.named(l.name(), l.counts().get(column)))
                            .toList()));
        }
        return new Chart(captionKey, categoryKey, series);
    }

    /** The whole report page: {@code <prefix>.chart} captions the chart, columns are labelled by their prefix. */
    public ReportPage page(String prefix, String path, String categoryKey, String columnKeyPrefix) {
        return new ReportPage(prefix, path, chart(prefix + ".chart", categoryKey, columnKeyPrefix));
    }

    /** The CSV or XLSX download: headers translated (code, name, then each column), counts as numbers. */
    public ResponseEntity<byte[]> download(
            String fileName,
            ExportFormat format,
            MessageSource messages,
            Locale locale,
            String codeKey,
            String nameKey,
            String columnKeyPrefix) {
        List<String> headers = new ArrayList<>(
                List.of(messages.getMessage(codeKey, null, locale), messages.getMessage(nameKey, null, locale)));
        columns.forEach(c -> headers.add(messages.getMessage(columnKeyPrefix + "." + c, null, locale)));
        return Download.table(fileName, format, headers, rows());
    }

    /** The export rows: code, name, then each count as a number. */
    public List<List<Object>> rows() {
        return lines.stream()
                .map(l -> {
                    List<Object> row = new ArrayList<>(List.of(l.code(), l.name()));
                    row.addAll(l.counts());
                    return row;
                })
                .toList();
    }
}
