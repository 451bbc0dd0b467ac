package ma.hirfa.infrastructure.lease;

/** A lease runs until its end (ACTIVE), or was ended early (TERMINATED). */
enum LeaseStatus {
    ACTIVE,
    TERMINATED
}
