package ma.hirfa.platform.transfer;

import ma.hirfa.platform.jobs.JobStatus;

/**
 * Where an import stands: its phase (dry run or commit) combined with its platform job's status. A node works
 * on a job only while it holds its lease.
 */
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

    static ImportStatus of(boolean commitPhase, JobStatus job) {
        return switch (job) {
            case WAITING -> commitPhase ? COMMIT_QUEUED : QUEUED;
            case RUNNING -> commitPhase ? COMMITTING : DRY_RUN;
            case DONE -> commitPhase ? COMMITTED : VALIDATED;
            case FAILED -> FAILED;
        };
    }

    boolean running() {
        return this == QUEUED || this == DRY_RUN || this == COMMIT_QUEUED || this == COMMITTING;
    }

    boolean commitPhase() {
        return this == COMMIT_QUEUED || this == COMMITTING;
    }
}
