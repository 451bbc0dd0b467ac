package ma.hirfa.platform.report;

import java.util.List;
import java.util.function.BiFunction;
import ma.hirfa.platform.Language;

/**
 * A {@link Crosstab} report a module declares as a bean; the platform serves its page at {@link #path} and its
 * CSV/XLSX export at {@code <path>.csv|.xlsx}, within the user's region. The module keeps only what differs:
 * the table counted, the columns, the message keys and how a category is named.
 *
 * <pre>{@code
 * @Bean
 * CrosstabReport contractsByCraft(ReferenceData reference) {
 *     return CrosstabReport.at("/apprenticeship/reports", "apprenticeships")
 *             .counting("app_contract", "craft_code", "status", List.of("RUNNING", "FINISHED", "ABANDONED"))
 *             .keys("apprenticeship.report", "apprenticeship.contract.craft", "apprenticeship.status")
 *             .codeKey("apprenticeship.report.craftCode")
 *             .naming(reference::craftName);
 * }
 * }</pre>
 *
 * @param path the page's address, {@code /<module>/reports}
 * @param fileName the export's file name, without extension
 * @param prefix the message prefix of the page ({@link ReportPage}); {@code <prefix>.chart} captions the chart
 * @param codeKey the export's header of the category code
 */
public record CrosstabReport(
        String path,
        String fileName,
        String table,
        String category,
        String status,
        List<String> columns,
        String prefix,
        String categoryKey,
        String columnKeyPrefix,
        String codeKey,
        BiFunction<String, Language, String> names) {

    public CrosstabReport {
        columns = List.copyOf(columns);
    }

    public static Builder at(String path, String fileName) {
        return new Builder(path, fileName);
    }

    /** The page: the chart and its table. */
    ReportPage page(Crosstab counted) {
        return counted.page(prefix, path, categoryKey, columnKeyPrefix);
    }

    public static final class Builder {
        private final String path;
        private final String fileName;
        private String table;
        private String category;
        private String status;
        private List<String> columns;
        private String prefix;
        private String categoryKey;
        private String columnKeyPrefix;
        private String codeKey;

        private Builder(String path, String fileName) {
            this.path = path;
            this.fileName = fileName;
        }

        /** Rows of {@code table} counted by {@code category} and {@code status}; see {@link Crosstab#tally}. */
        public Builder counting(String table, String category, String status, List<String> columns) {
            this.table = table;
            this.category = category;
            this.status = status;
            this.columns = columns;
            return this;
        }

        /** The page's message prefix, the category's label and the prefix labelling each column. */
        public Builder keys(String prefix, String categoryKey, String columnKeyPrefix) {
            this.prefix = prefix;
            this.categoryKey = categoryKey;
            this.columnKeyPrefix = columnKeyPrefix;
            return this;
        }

        public Builder codeKey(String codeKey) {
            this.codeKey = codeKey;
            return this;
        }

        /** Ends the declaration with how a category code is named in the reader's language. */
        public CrosstabReport naming(BiFunction<String, Language, String> names) {
            return new CrosstabReport(
                    path,
                    fileName,
                    table,
                    category,
                    status,
                    columns,
                    prefix,
                    categoryKey,
                    columnKeyPrefix,
                    codeKey,
                    names);
        }
    }
}
