package ma.hirfa.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import ma.hirfa.support.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V45 and V46 move the imports and scans of a running installation into {@code plat_job}: a job waiting, running
 * (its lease kept, so its node keeps it or another takes it over as before), done or failed with its reason.
 */
class JobsMigrationIT {

    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void importsAndScansOfAnInstallationBecomeJobs() {
        Map<String, Object> database = TestDatabases.freshDatabase();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                (String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"),
                (String) database.get("spring.datasource.password"));
        flyway(dataSource, database).target("44").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        importJob(jdbc, 1, "QUEUED", 0, null, null, null);
        importJob(jdbc, 2, "COMMITTING", 40, "node-a", null, null);
        importJob(jdbc, 3, "VALIDATED", 100, null, null, null);
        importJob(jdbc, 4, "FAILED", 20, null, "transfer.file.missingColumns", "national_id");
        scan(jdbc, 1, "RUNNING", "node-b", null);
        scan(jdbc, 2, "FAILED", "node-c", "out of memory");

        flyway(dataSource, database).load().migrate();

        assertThat(job(jdbc, "transfer.import", 1)).containsEntry("status", "WAITING");
        assertThat(phase(jdbc, 1)).isEqualTo("DRY_RUN");
        assertThat(job(jdbc, "transfer.import", 2))
                .containsEntry("status", "RUNNING")
                .containsEntry("owner_node", "node-a")
                .containsEntry("progress_done", 40L);
        assertThat(job(jdbc, "transfer.import", 2).get("lease_until")).isNotNull();
        assertThat(phase(jdbc, 2)).isEqualTo("COMMIT");
        assertThat(job(jdbc, "transfer.import", 3)).containsEntry("status", "DONE");
        assertThat(phase(jdbc, 3)).isEqualTo("DRY_RUN");
        assertThat(job(jdbc, "transfer.import", 4))
                .containsEntry("status", "FAILED")
                .containsEntry("failure", "transfer.file.missingColumns|national_id");
        assertThat(job(jdbc, "matching.scan", 1))
                .containsEntry("status", "RUNNING")
                .containsEntry("owner_node", "node-b")
                .containsEntry("progress_done", 7L)
                .containsEntry("progress_total", 10L);
        assertThat(jdbc.queryForObject(
                                "select lease_until from plat_job where queue = 'matching.scan' and ref_id = 1",
                                Timestamp.class)
                        .toInstant())
                .as("the last beat plus the stale window")
                .isEqualTo(AT.toInstant().plusSeconds(120));
        assertThat(job(jdbc, "matching.scan", 2))
                .containsEntry("status", "FAILED")
                .containsEntry("failure", "out of memory");
    }

    private static FluentConfiguration flyway(DriverManagerDataSource dataSource, Map<String, Object> database) {
        FluentConfiguration configuration =
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (database.containsKey("spring.flyway.schemas")) {
            configuration.schemas((String) database.get("spring.flyway.schemas"));
        }
        return configuration;
    }

    private static void importJob(
            JdbcTemplate jdbc, long id, String status, int progress, String owner, String key, String arg) {
        jdbc.update(
                "insert into imp_job (id, kind, source, created_by, created_role, file_name, file_format,"
                        + " file_sha256, file_size, status, progress, error_key, error_arg, lease_owner, lease_until,"
                        + " created_at, updated_at) values (?, 'artisans', 'default', 'agent.draa', 'CHAMBER_AGENT',"
                        + " 'list.csv', 'CSV', '', 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                status,
                progress,
                key,
                arg,
                owner,
                owner == null ? null : AT,
                AT,
                AT);
    }

    private static void scan(JdbcTemplate jdbc, long id, String state, String node, String failure) {
        jdbc.update(
                "insert into mat_scan (id, state, phase, total_records, done_records, requested_by, requested_at,"
                        + " started_at, heartbeat_at, run_by, failure) values (?, ?, 'LOADING', 10, 7, 'admin', ?, ?,"
                        + " ?, ?, ?)",
                id,
                state,
                AT,
                AT,
                AT,
                node,
                failure);
    }

    private static Map<String, Object> job(JdbcTemplate jdbc, String queue, long ref) {
        return jdbc.queryForMap("select * from plat_job where queue = ? and ref_id = ?", queue, ref);
    }

    private static String phase(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject("select phase from imp_job where id = ?", String.class, id);
    }
}
