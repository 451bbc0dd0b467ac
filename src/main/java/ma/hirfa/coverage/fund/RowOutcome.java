package ma.hirfa.coverage.fund;

/**
 * What became (or, in a dry run, would become) of a row: applied to an artisan's file, already known with the
 * same values, refused, about an artisan Hirfa does not know, or matched by name only and waiting for an
 * officer to accept the proposed artisan.
 */
enum RowOutcome {
    APPLIED,
    UNCHANGED,
    REFUSED,
    UNKNOWN,
    PROPOSED
}
