package ma.hirfa.coverage.file;

/** How far the chamber has pushed a claim owed retroactively. */
public enum CaseStatus {
    LETTER_SENT,
    SUBMITTED_TO_FUND,
    REIMBURSED,
    REFUSED
}
