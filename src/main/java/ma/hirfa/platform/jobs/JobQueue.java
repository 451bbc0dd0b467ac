package ma.hirfa.platform.jobs;

/**
 * One kind of background job (imports, duplicate scans, later field sync, messages, report refresh), stored in
 * its owner's table. Implement it as a bean and the platform's worker polls it on every node.
 *
 * <p>A queue must claim with a conditional update (the row is waiting, or its lease or heartbeat expired) so
 * that one node runs a job; renew the lease or heartbeat while it runs and write only while it still holds the
 * job; resume from its last checkpoint (or from the start) when it takes over a job another node dropped; and
 * record a failure on the job instead of retrying it forever.
 */
public interface JobQueue {

    /** Claims one job that waits, or that another node dropped, and runs it as {@code node}; false when none. */
    boolean runNext(String node);
}
