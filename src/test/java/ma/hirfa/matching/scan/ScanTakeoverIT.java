package ma.hirfa.matching.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A duplicate scan whose node stopped beating (it crashed) is claimed by another node through the platform's
 * job worker and run to its end; a scan whose beat is fresh is left to its node.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ScanTakeoverIT {

    @Autowired
    ScanWorker scans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aScanWhoseNodeStoppedBeatingIsTakenOverAndFinished() throws InterruptedException {
        long fresh = scan("live-node", Instant.now().plusSeconds(3600));
        long dropped = scan("dead-node", Instant.now().minusSeconds(3600));
        try {
            scans.runNext("node-b");
            Map<String, Object> row = waitUntilFinished(dropped);

            assertThat(row.get("state")).isEqualTo("DONE");
            assertThat(row.get("run_by")).isNotEqualTo("dead-node");
            assertThat(row.get("finished_at")).isNotNull();
            assertThat(jdbc.queryForObject("select run_by from mat_scan where id = ?", String.class, fresh))
                    .isEqualTo("live-node");
            assertThat(jdbc.queryForObject("select state from mat_scan where id = ?", String.class, fresh))
                    .isEqualTo("RUNNING");
        } finally {
            jdbc.update(
                    "update mat_scan set state = 'DONE', finished_at = ? where id in (?, ?) and state <> 'DONE'",
                    Timestamp.from(Instant.now()),
                    fresh,
                    dropped);
        }
    }

    private long scan(String node, Instant beat) {
        Instant now = Instant.now();
        jdbc.update(
                "insert into mat_scan (region_code, state, phase, requested_by, requested_at, started_at,"
                        + " heartbeat_at, run_by) values ('08', 'RUNNING', 'LOADING', 'manager.draa', ?, ?, ?, ?)",
                Timestamp.from(now),
                Timestamp.from(now),
                Timestamp.from(beat),
                node);
        return jdbc.queryForObject("select max(id) from mat_scan where run_by = ?", Long.class, node);
    }

    private Map<String, Object> waitUntilFinished(long id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Map<String, Object> row =
                    jdbc.queryForMap("select state, run_by, finished_at from mat_scan where id = ?", id);
            if (!"RUNNING".equals(row.get("state"))) {
                return row;
            }
            Thread.sleep(100);
        }
        return jdbc.queryForMap("select state, run_by, finished_at from mat_scan where id = ?", id);
    }
}
