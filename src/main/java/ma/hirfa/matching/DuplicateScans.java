package ma.hirfa.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DuplicateScans(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a scan of one region (null: the whole country), unless one is already waiting or running. */
    public long start(String region, String requestedBy) {
        Optional<DuplicateScan> running = latest(region).filter(DuplicateScan::active);
        if (running.isPresent()) {
            return running.get().id();
        }
        jdbc.update(
                "insert into mat_scan (region_code, state, phase, requested_by, requested_at) values (?, 'QUEUED', 'LOADING', ?, ?)",
                region,
                requestedBy,
                Timestamp.from(clock.instant()));
        return latest(region).map(DuplicateScan::id).orElseThrow();
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
                .query("select * from mat_scan where " + where + " order by id desc limit 1", ROW, args.toArray())
                .stream()
                .findFirst();
    }

    private static final RowMapper<DuplicateScan> ROW = (ResultSet rs, int row) -> read(rs);

    private static DuplicateScan read(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new DuplicateScan(
                rs.getLong("id"),
                rs.getString("region_code"),
                rs.getString("state"),
                rs.getString("phase"),
                rs.getLong("total_records"),
                rs.getLong("done_records"),
                rs.getLong("pairs_found"),
                rs.getLong("pairs_new"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
