package ma.hirfa.platform.jobs;

/** Where a job stands in {@code plat_job}. */
public enum JobStatus {
    /** Submitted; the next node that polls its queue claims it. */
    WAITING,
    /** Claimed by a node that holds its lease; claimed again by another node once the lease expired. */
    RUNNING,
    DONE,
    /** Recorded with its reason; never claimed again unless its owner submits it anew. */
    FAILED
}
