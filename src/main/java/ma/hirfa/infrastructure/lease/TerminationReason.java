package ma.hirfa.infrastructure.lease;

/** Why a lease is ended early: the unit is not used, the rent is not paid, or the holder asks. */
enum TerminationReason {
    NON_USE,
    ARREARS,
    REQUEST
}
