package ma.hirfa.platform.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of one or more series over the same categories, laid out by the server: for each
 * category a group with one bar per series, scaled to the largest value. The template draws it as SVG and the
 * same figures as a table (caption, headers) for screen readers and for reading exact numbers.
 *
 * @param captionKey message key of the chart's caption and of the table's caption
 * @param categoryKey message key of the table's first column header (what the categories are)
 */
public record Chart(String captionKey, String categoryKey, List<Series> series) {

    static final int LABEL_WIDTH = 190;
    static final int BAR_SPACE = 380;
    static final int BAR_HEIGHT = 12;
    static final int GAP = 10;
    /** Colours of the series in order, from the layout's palette; presentation attributes, not inline styles. */
    static final List<String> COLOURS = List.of("#7a3b12", "#c9a27a", "#2f6f4f", "#0d6efd", "#dc3545", "#6c757d");

    public Chart {
        series = List.copyOf(series);
        int categories = series.isEmpty() ? 0 : series.get(0).counts().size();
        if (series.stream().anyMatch(s -> s.counts().size() != categories)) {
            throw new IllegalArgumentException("every series of a chart counts the same categories");
        }
    }

    /** A chart of a single series (one bar per category). */
    public static Chart of(String captionKey, String categoryKey, Series single) {
        return new Chart(captionKey, categoryKey, List.of(single));
    }

    /** One bar: its series, value and rectangle; {@code textX} is where its value is written. */
    public record Bar(
            int series, long value, String colour, int x, int y, int width, int height, int textX, int textY) {}

    /** One category: its label, where the label is written, and one bar per series. */
    public record Group(Count category, int labelY, List<Bar> bars) {

        /** The category's value in each series, in the order of the series (for the table). */
        public List<Long> values() {
            return bars.stream().map(Bar::value).toList();
        }
    }

    /** The categories (labels) counted by every series, in order. */
    public List<Count> categories() {
        return series.isEmpty() ? List.of() : series.get(0).counts();
    }

    public boolean isEmpty() {
        return categories().isEmpty();
    }

    public long max() {
        return series.stream()
                .flatMap(s -> s.counts().stream())
                .mapToLong(Count::value)
                .max()
                .orElse(0);
    }

    public List<Group> groups() {
        long max = max();
        List<Group> groups = new ArrayList<>();
        int y = GAP / 2;
        List<Count> categories = categories();
        for (int c = 0; c < categories.size(); c++) {
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                long value = series.get(s).counts().get(c).value();
                int width = max == 0 ? 0 : (int) Math.round(value * (double) BAR_SPACE / max);
                int top = y + s * BAR_HEIGHT;
                bars.add(new Bar(
                        s,
                        value,
                        colour(s),
                        LABEL_WIDTH,
                        top,
                        width,
                        BAR_HEIGHT - 2,
                        LABEL_WIDTH + width + 4,
                        top + BAR_HEIGHT - 3));
            }
            groups.add(new Group(categories.get(c), y + series.size() * BAR_HEIGHT / 2 + 4, bars));
            y += series.size() * BAR_HEIGHT + GAP;
        }
        return groups;
    }

    public String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    public int width() {
        return LABEL_WIDTH + BAR_SPACE + 50;
    }

    public int height() {
        return Math.max(20, categories().size() * (series.size() * BAR_HEIGHT + GAP));
    }

    public String viewBox() {
        return "0 0 " + width() + " " + height();
    }

    public int labelX() {
        return LABEL_WIDTH - 6;
    }
}
