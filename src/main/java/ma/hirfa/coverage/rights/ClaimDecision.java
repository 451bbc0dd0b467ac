package ma.hirfa.coverage.rights;

/** What the fund decided on a claim file. */
public enum ClaimDecision {
    PENDING,
    REIMBURSED,
    REJECTED
}
