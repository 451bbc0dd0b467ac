package ma.hirfa.coverage.fund;

/**
 * What the reconciliation page knows of a committed fund row: applied but flagged, about an unknown artisan,
 * matched by name only and waiting for an officer, then accepted or dismissed by one.
 */
enum LineStatus {
    APPLIED,
    UNKNOWN,
    PROPOSED,
    ACCEPTED,
    DISMISSED
}
