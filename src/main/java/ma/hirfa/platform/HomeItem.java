package ma.hirfa.platform;

/**
 * One line of a user's work queue on the home page: what waits ({@code labelKey}), how many rows, and the list
 * filtered to exactly those rows ({@code href}), so that following the link shows {@code count} rows.
 */
public record HomeItem(int order, String labelKey, long count, String href) {}
