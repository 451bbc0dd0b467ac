package ma.hirfa.infrastructure.project;

/** Money engaged by a contract (commitment) or paid out (payment); only payments count as spent. */
enum DisbursementKind {
    COMMITMENT,
    PAYMENT
}
