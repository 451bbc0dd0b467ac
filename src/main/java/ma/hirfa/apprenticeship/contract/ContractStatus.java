package ma.hirfa.apprenticeship.contract;

/** Where a contract stands: running until its final assessment (finished) or until it is abandoned. */
public enum ContractStatus {
    RUNNING,
    FINISHED,
    ABANDONED
}
