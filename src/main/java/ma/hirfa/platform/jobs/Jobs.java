package ma.hirfa.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The background jobs of every queue in {@code plat_job}: submitted, claimed by one node at a time, renewed
 * while they run, finished or failed. Every change is one conditional update, so the database decides between
 * nodes (on H2 and PostgreSQL alike); none opens a transaction of its own, so {@link #renew} called inside a
 * batch's transaction is its fence: a node that lost the job gets false and rolls its batch back, and the row
 * lock keeps the new owner out until that transaction ends.
 */
@Service
public class Jobs {

    private static final String COLUMNS = "id, queue, ref_id, status, owner_node, lease_until, heartbeat_at, attempts,"
            + " progress_done, progress_total, failure, created_at, started_at, finished_at";
    private static final int FAILURE_LENGTH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Jobs(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A job a node has just claimed: {@code takenOver} when another node had started it and dropped it. */
    public record Claim(long id, long ref, int attempts, boolean takenOver) {}

    /**
     * Queues the job about row {@code ref} of the queue's owner; a job already known for it (a finished dry
     * run whose commit is asked for, a failed one tried again) waits anew, with its attempts, progress and
     * failure cleared. Answers the job's id.
     */
    public long submit(String queue, long ref) {
        Timestamp now = now();
        int again = jdbc.update(
                "update plat_job set status = 'WAITING', owner_node = null, lease_until = null, heartbeat_at = null,"
                        + " attempts = 0, progress_done = 0, progress_total = null, failure = null,"
                        + " started_at = null, finished_at = null where queue = ? and ref_id = ?",
                queue,
                ref);
        if (again == 0) {
            jdbc.update(
                    "insert into plat_job (queue, ref_id, status, created_at) values (?, ?, 'WAITING', ?)",
                    queue,
                    ref,
                    now);
        }
        return jdbc.queryForObject("select id from plat_job where queue = ? and ref_id = ?", Long.class, queue, ref);
    }

    /**
     * Claims the oldest job of the queue that waits, or that runs under a lease that expired (its node
     * stopped), for {@code node} until {@code lease} from now; empty when there is none or another node won.
     */
    public Optional<Claim> claim(String queue, String node, Duration lease) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        List<Job> candidates = jdbc.query(
                "select " + COLUMNS + " from plat_job where queue = ? and (status = 'WAITING' or (status = 'RUNNING'"
                        + " and (lease_until is null or lease_until < ?))) order by id limit 5",
                Jobs::map,
                queue,
                at);
        for (Job job : candidates) {
            int won = jdbc.update(
                    "update plat_job set status = 'RUNNING', owner_node = ?, lease_until = ?, heartbeat_at = ?,"
                            + " started_at = ? where id = ? and (status = 'WAITING' or (status = 'RUNNING'"
                            + " and (lease_until is null or lease_until < ?)))",
                    node,
                    Timestamp.from(now.plus(lease)),
                    at,
                    at,
                    job.id(),
                    at);
            if (won == 1) {
                boolean takenOver = job.status() == JobStatus.RUNNING && !node.equals(job.owner());
                // One line per claim: the cluster test reads it from every node's log (ADR 0055).
                LOG.debug("Job {} of {} claimed by {}{}", job.id(), queue, node, takenOver ? " (taken over)" : "");
                return Optional.of(new Claim(job.id(), job.ref(), job.attempts(), takenOver));
            }
        }
        return Optional.empty();
    }

    /**
     * Extends the lease of a running job and records the beat; false when {@code node} no longer holds it
     * (another node took it over, or it ended): the caller must not write, and rolls back its transaction.
     */
    public boolean renew(long jobId, String node, Duration lease) {
        Instant now = clock.instant();
        return jdbc.update(
                        "update plat_job set lease_until = ?, heartbeat_at = ? where id = ? and owner_node = ?"
                                + " and status = 'RUNNING'",
                        Timestamp.from(now.plus(lease)),
                        Timestamp.from(now),
                        jobId,
                        node)
                == 1;
    }

    /** Records how far a running job is ({@code total} null while unknown); false when {@code node} lost it. */
    public boolean progress(long jobId, String node, long done, Long total) {
        return jdbc.update(
                        "update plat_job set progress_done = ?, progress_total = ? where id = ? and owner_node = ?"
                                + " and status = 'RUNNING'",
                        done,
                        total,
                        jobId,
                        node)
                == 1;
    }

    /** Marks the job done; false when {@code node} no longer held it (its owner must then not record results). */
    public boolean finish(long jobId, String node) {
        return end(jobId, node, JobStatus.DONE, null);
    }

    /** Records the failure and its reason; the job is not claimed again. False when {@code node} lost it. */
    public boolean fail(long jobId, String node, String reason) {
        return end(jobId, node, JobStatus.FAILED, reason);
    }

    /**
     * After an unexpected error: counts the attempt and lets any node claim the job again after {@code delay};
     * the attempt that reaches {@code maxAttempts} records the failure with {@code reason} instead.
     */
    public void retryLater(long jobId, String node, Duration delay, int maxAttempts, String reason) {
        Instant now = clock.instant();
        jdbc.update(
                "update plat_job set attempts = attempts + 1, lease_until = ?, status = case when attempts + 1 >= ?"
                        + " then 'FAILED' else status end, failure = case when attempts + 1 >= ? then ? else failure"
                        + " end, finished_at = case when attempts + 1 >= ? then ? else finished_at end"
                        + " where id = ? and owner_node = ? and status = 'RUNNING'",
                Timestamp.from(now.plus(delay)),
                maxAttempts,
                maxAttempts,
                clip(reason),
                maxAttempts,
                Timestamp.from(now),
                jobId,
                node);
    }

    public Optional<Job> find(String queue, long ref) {
        return jdbc
                .query("select " + COLUMNS + " from plat_job where queue = ? and ref_id = ?", Jobs::map, queue, ref)
                .stream()
                .findFirst();
    }

    private boolean end(long jobId, String node, JobStatus status, String reason) {
        return jdbc.update(
                        "update plat_job set status = ?, failure = ?, lease_until = null, finished_at = ?"
                                + " where id = ? and owner_node = ? and status = 'RUNNING'",
                        status.name(),
                        clip(reason),
                        now(),
                        jobId,
                        node)
                == 1;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String clip(String reason) {
        return reason == null || reason.length() <= FAILURE_LENGTH ? reason : reason.substring(0, FAILURE_LENGTH);
    }

    private static Job map(ResultSet rs, int row) throws SQLException {
        return new Job(
                rs.getLong("id"),
                rs.getString("queue"),
                rs.getLong("ref_id"),
                JobStatus.valueOf(rs.getString("status")),
                rs.getString("owner_node"),
                instant(rs.getTimestamp("lease_until")),
                instant(rs.getTimestamp("heartbeat_at")),
                rs.getInt("attempts"),
                rs.getLong("progress_done"),
                rs.getObject("progress_total", Long.class),
                rs.getString("failure"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
