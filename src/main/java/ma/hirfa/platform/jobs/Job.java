package ma.hirfa.platform.jobs;

import java.time.Instant;

/**
 * One job as stored in {@code plat_job}: {@code ref} is the id of its row in the owner's table (the import,
 * the scan), which keeps what the job is about and what it found; this row keeps who runs it and how far.
 */
public record Job(
        long id,
        String queue,
        long ref,
        JobStatus status,
        String owner,
        Instant leaseUntil,
        Instant heartbeatAt,
        int attempts,
        long done,
        Long total,
        String failure,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    /** Waiting or running. */
    public boolean active() {
        return status == JobStatus.WAITING || status == JobStatus.RUNNING;
    }

    /** Done of total in percent: 100 once done, at most 99 before, 0 while the total is unknown. */
    public int percent() {
        if (status == JobStatus.DONE) {
            return 100;
        }
        return total == null || total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }
}
