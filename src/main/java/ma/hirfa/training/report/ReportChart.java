package ma.hirfa.training.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn by the server as SVG (no script, nothing from a CDN, within the strict CSP):
 * for each row, three bars — trainees, completions, certificates — scaled to the largest count.
 */
record ReportChart(int width, int height, List<Group> groups) {

    static final int LABEL_WIDTH = 190;
    static final int BAR_SPACE = 380;
    static final int BAR_HEIGHT = 9;
    static final int GROUP_HEIGHT = 3 * BAR_HEIGHT + 12;

    record Group(String label, int y, int trainees, int completions, int certificates, Bar a, Bar b, Bar c) {}

    record Bar(int x, int y, int width, int labelX, int labelY) {}

    static ReportChart of(List<ReportRow> rows) {
        int max = rows.stream()
                .mapToInt(r -> Math.max(r.trainees(), Math.max(r.completions(), r.certificates())))
                .max()
                .orElse(1);
        List<Group> groups = new ArrayList<>();
        int y = 4;
        for (ReportRow row : rows) {
            groups.add(new Group(
                    row.label(),
                    y + BAR_HEIGHT + 5,
                    row.trainees(),
                    row.completions(),
                    row.certificates(),
                    bar(row.trainees(), max, y),
                    bar(row.completions(), max, y + BAR_HEIGHT),
                    bar(row.certificates(), max, y + 2 * BAR_HEIGHT)));
            y += GROUP_HEIGHT;
        }
        return new ReportChart(LABEL_WIDTH + BAR_SPACE + 40, Math.max(y, 20), groups);
    }

    private static Bar bar(int value, int max, int y) {
        int width = max == 0 ? 0 : Math.round(value * (float) BAR_SPACE / max);
        return new Bar(LABEL_WIDTH, y, width, LABEL_WIDTH + width + 3, y + BAR_HEIGHT - 1);
    }
}
