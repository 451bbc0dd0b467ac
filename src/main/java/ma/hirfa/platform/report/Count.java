package ma.hirfa.platform.report;

/**
 * One figure of a report: what is counted — a message key ({@code apprenticeship.status.RUNNING}) or, for
 * names that come from data (a province, a craft), the label itself — and how many.
 */
public record Count(String labelKey, String label, long value) {

    /** A count whose label is translated from a message key. */
    public static Count keyed(String labelKey, long value) {
        return new Count(labelKey, null, value);
    }

    /** A count whose label is already in the reader's language. */
    public static Count named(String label, long value) {
        return new Count(null, label, value);
    }
}
