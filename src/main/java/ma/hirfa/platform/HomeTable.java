package ma.hirfa.platform;

import java.util.ArrayList;
import java.util.List;
import ma.hirfa.platform.report.Crosstab;

/**
 * A table of counts on the home page of a national user (files by region and status): a {@link Crosstab} with its
 * captions, and the link of each cell, where {@code {code}} stands for the line and {@code {column}} for the
 * column ({@code /registry/artisans?region={code}&status={column}}); the totals link with an empty code, so the
 * list's filter on lines must read an empty value as "any".
 */
public record HomeTable(
        int order, String captionKey, String categoryKey, String columnKeyPrefix, Crosstab counts, String cellLink) {

    /** The sum of each column over the lines. */
    public List<Long> totals() {
        List<Long> sums = new ArrayList<>();
        for (int i = 0; i < counts.columns().size(); i++) {
            int column = i;
            sums.add(counts.lines().stream()
                    .mapToLong(l -> l.counts().get(column))
                    .sum());
        }
        return sums;
    }

    /** The list that shows the rows of one cell. */
    public String link(String code, String column) {
        return cellLink.replace("{code}", code).replace("{column}", column);
    }
}
