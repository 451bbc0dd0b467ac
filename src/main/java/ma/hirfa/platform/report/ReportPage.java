package ma.hirfa.platform.report;

/**
 * A report page made of a title, CSV and XLSX downloads and one chart with its table, rendered by the shared
 * template {@link #TEMPLATE}. Message keys follow the module's prefix: {@code <prefix>.title},
 * {@code <prefix>.csv}, {@code <prefix>.xlsx}, {@code <prefix>.empty}; downloads are {@code <path>.csv} and
 * {@code <path>.xlsx}.
 */
public record ReportPage(String prefix, String path, Chart chart) {

    public static final String TEMPLATE = "platform/report-page";
}
