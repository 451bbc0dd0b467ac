package ma.hirfa.infrastructure.lease;

/** What the list of a complex's leases may be narrowed to. */
enum LeaseFilter {
    ACTIVE,
    TERMINATED,
    IN_ARREARS
}
