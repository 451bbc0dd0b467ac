package ma.hirfa.platform.transfer;

/** Where an import job stands. A node works on a job only while it holds its lease. */
enum ImportStatus {
    /** Uploaded; waits for a node to run the dry run. */
    QUEUED,
    DRY_RUN,
    /** Dry run done: the report waits for the user to commit. */
    VALIDATED,
    COMMIT_QUEUED,
    COMMITTING,
    COMMITTED,
    /** The file cannot be read: nothing was written. */
    FAILED;

    boolean running() {
        return this == QUEUED || this == DRY_RUN || this == COMMIT_QUEUED || this == COMMITTING;
    }

    boolean commitPhase() {
        return this == COMMIT_QUEUED || this == COMMITTING;
    }
}
