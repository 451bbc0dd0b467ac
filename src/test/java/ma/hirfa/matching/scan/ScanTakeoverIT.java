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
 * A duplicate scan whose node stopped beating (it crashed: its lease expired) is claimed by another node through the platform's
 * job worker and run to its end; a scan whose beat is fresh is left to its node.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ScanTakeoverIT {

    private static final String JOB = "select ";
    private static final String OF_SCAN = " from plat_job where queue = 'matching.scan' and ref_id = ?";

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

            assertThat(row.get("status")).isEqualTo("DONE");
            assertThat(row.get("owner_node")).isNotNull().isNotEqualTo("dead-node");
            assertThat(row.get("finished_at")).isNotNull();
            assertThat(jdbc.queryForObject(JOB + "owner_node" + OF_SCAN, String.class, fresh))
                    .isEqualTo("live-node");
            assertThat(jdbc.queryForObject(JOB + "status" + OF_SCAN, String.class, fresh))
                    .isEqualTo("RUNNING");
        } finally {
            jdbc.update(
                    "update plat_job set status = 'DONE', finished_at = ? where queue = 'matching.scan'"
                            + " and ref_id in (?, ?) and status <> 'DONE'",
                    Timestamp.from(Instant.now()),
                    fresh,
                    dropped);
        }
    }

    private long scan(String node, Instant leaseUntil) {
        Instant now = Instant.now();
        jdbc.update(
                "insert into mat_scan (region_code, phase, requested_by, requested_at) values ('08', 'LOADING',"
                        + " 'manager.draa', ?)",
                Timestamp.from(now));
        long id = jdbc.queryForObject("select max(id) from mat_scan", Long.class);
        jdbc.update(
                "insert into plat_job (queue, ref_id, status, owner_node, lease_until, heartbeat_at, created_at,"
                        + " started_at) values ('matching.scan', ?, 'RUNNING', ?, ?, ?, ?, ?)",
                id,
                node,
                Timestamp.from(leaseUntil),
                Timestamp.from(now),
                Timestamp.from(now),
                Timestamp.from(now));
        return id;
    }

    private Map<String, Object> waitUntilFinished(long id) throws InterruptedException {
        String query = JOB + "status, owner_node, finished_at" + OF_SCAN;
        for (int i = 0; i < 300; i++) {
            Map<String, Object> row = jdbc.queryForMap(query, id);
            if (!"RUNNING".equals(row.get("status"))) {
                return row;
            }
            Thread.sleep(100);
        }
        return jdbc.queryForMap(query, id);
    }
}
