package ma.hirfa.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.jobs.Job;
import ma.hirfa.platform.jobs.JobStatus;
import ma.hirfa.platform.jobs.Jobs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch duplicate detection over the register (the whole country or one region) as a job stored in the
 * database: any node's worker takes a queued scan, or one whose node stopped beating, and runs it again
 * from the start (pairs already queued or decided are not proposed twice).
 */
@Service
@Transactional
public class DuplicateScans {

    /** The scans' queue in the platform's jobs ({@code plat_job.ref_id} is the scan's id in {@code mat_scan}). */
    public static final String QUEUE = "matching.scan";

    private final JdbcTemplate jdbc;
    private final Jobs jobs;
    private final Clock clock;

    DuplicateScans(JdbcTemplate jdbc, Jobs jobs, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Queues a scan of one region (null: the whole country), unless one is already waiting or running. */
    public long start(String region, String requestedBy) {
        Optional<DuplicateScan> running = latest(region).filter(DuplicateScan::active);
        if (running.isPresent()) {
            return running.get().id();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var ps = c.prepareStatement(
                            "insert into mat_scan (region_code, phase, requested_by, requested_at)"
                                    + " values (?, 'LOADING', ?, ?)",
                            new String[] {"id"});
                    ps.setString(1, region);
                    ps.setString(2, requestedBy);
                    ps.setTimestamp(3, Timestamp.from(clock.instant()));
                    return ps;
                },
                key);
        long id = key.getKey().longValue();
        jobs.submit(QUEUE, id);
        return id;
    }

    /** The most recent scan of exactly this region (null: of the whole country). */
    @Transactional(readOnly = true)
    public Optional<DuplicateScan> latest(String region) {
        List<Object> args = new ArrayList<>();
        String where = "region_code is null";
        if (region != null) {
            where = "region_code = ?";
            args.add(region);
        }
        return jdbc
                .query(
                        "select id, region_code, phase, pairs_found, pairs_new, requested_by, requested_at from mat_scan"
                                + " where " + where + " order by id desc limit 1",
                        (rs, row) -> read(rs),
                        args.toArray())
                .stream()
                .findFirst();
    }

    private DuplicateScan read(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Job job = jobs.find(QUEUE, id).orElseThrow();
        return new DuplicateScan(
                id,
                rs.getString("region_code"),
                job.status() == JobStatus.WAITING ? "QUEUED" : job.status().name(),
                rs.getString("phase"),
                job.total() == null ? 0 : job.total(),
                job.done(),
                rs.getLong("pairs_found"),
                rs.getLong("pairs_new"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                job.finishedAt());
    }
}
