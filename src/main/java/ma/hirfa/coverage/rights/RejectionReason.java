package ma.hirfa.coverage.rights;

/** Why the fund rejected a claim file: no rights, missing documents, filed too late, or another reason. */
public enum RejectionReason {
    RIGHTS,
    DOCUMENTS,
    DEADLINE,
    OTHER
}
