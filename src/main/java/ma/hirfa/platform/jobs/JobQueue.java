package ma.hirfa.platform.jobs;

/**
 * One kind of background job (imports, duplicate scans, later field sync, messages, report refresh). Implement
 * it as a bean and the platform's worker polls it on every node.
 *
 * <p>A queue claims its next job with {@link Jobs#claim} (one node wins; a job whose lease expired is taken over),
 * renews the lease with {@link Jobs#renew} while it runs and writes only while that answers true (call it first
 * in each batch's transaction), resumes from its own checkpoint (or from the start) after a takeover, and ends
 * the job with {@link Jobs#finish}, {@link Jobs#fail} or {@link Jobs#retryLater}: it writes no claim, lease or
 * failure SQL of its own.
 */
public interface JobQueue {

    /** Claims one job that waits, or that another node dropped, and runs it as {@code node}; false when none. */
    boolean runNext(String node);
}
