package ma.hirfa.registry.importing;

import static ma.hirfa.registry.importing.ImportFixtures.HEADER;
import static ma.hirfa.registry.importing.ImportFixtures.state;
import static ma.hirfa.registry.importing.ImportFixtures.upload;
import static ma.hirfa.registry.importing.ImportFixtures.waitForJob;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import ma.hirfa.matching.DuplicateScan;
import ma.hirfa.matching.DuplicateScans;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A committed import queues a duplicate scan of the importer's region, so look-alikes reach the review queue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ImportDuplicateScanIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final String REGION = "08";

    @LocalServerPort
    int port;

    @Autowired
    DuplicateScans scans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLatinImportedRowThatLooksLikeAnArabicOnlyFileUnderAnotherIdReachesTheReviewQueueAfterTheCommit()
            throws InterruptedException {
        long existing = arabicOnlyFile("JS700001", "حليمة", "أوحمو", "1969-04-17");
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        String csv = HEADER + "JS700002,,,Halima,Ouhammou,F,1969-04-17,0662690417,201,,\n";
        long job = upload(manager, "scan-after-import", "liste.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(state(waitForJob(manager, job))).isEqualTo("VALIDATED");
        waitUntilNoScanIsActive();
        long scansBefore = scanRows();

        manager.post("/transfer/imports/" + job + "/commit", Map.of());
        String done = waitForJob(manager, job);

        assertThat(state(done)).isEqualTo("COMMITTED");
        assertThat(done).contains("id=\"import-follow-up\"").contains("href=\"/registry/duplicates\"");
        assertThat(scanRows()).isEqualTo(scansBefore + 1);
        long imported = jdbc.queryForObject(
                "select id from reg_artisan where national_id = 'JS700002' and import_job_id = ?", Long.class, job);
        assertThat(waitUntilNoScanIsActive().requestedBy()).isEqualTo("manager.draa");
        long pair = jdbc.queryForObject(
                "select id from mat_pair where artisan_low = ? and artisan_high = ? and source = 'SCAN'",
                Long.class,
                Math.min(existing, imported),
                Math.max(existing, imported));
        // the queue pages now (20 by default): ask for the 100 rows a page the old queue showed
        String queue = manager.get("/registry/duplicates?lang=fr&size=100").body();
        assertThat(queue)
                .contains("/registry/duplicates/" + pair)
                .contains("Nom en arabe d’un côté, en latin de l’autre")
                .contains("Même date de naissance");
        assertThat(WebSession.loggedIn(port, "agent.draa")
                        .get("/transfer/imports/" + job + "?lang=fr")
                        .body())
                .as("an agent may not open the review queue: told, without the link")
                .contains("import-follow-up")
                .doesNotContain("href=\"/registry/duplicates\"");
    }

    @Test
    void aCommitWhileAScanOfTheRegionIsAlreadyUnderWayQueuesNoOtherScan() throws InterruptedException {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        long job = upload(
                agent,
                "scan-already-running",
                "b.csv",
                (HEADER + "JS710001,,,Itto,Ouzzine,F,1981-09-09,,201,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(state(waitForJob(agent, job))).isEqualTo("VALIDATED");
        waitUntilNoScanIsActive();
        // a scan of the region another node is running (its heartbeat is fresh, nobody takes it over)
        Instant now = Instant.now();
        jdbc.update(
                "insert into mat_scan (region_code, phase, requested_by, requested_at) values (?, 'LOADING',"
                        + " 'manager.draa', ?)",
                REGION,
                Timestamp.from(now));
        long other = jdbc.queryForObject("select max(id) from mat_scan", Long.class);
        jdbc.update(
                "insert into plat_job (queue, ref_id, status, owner_node, lease_until, heartbeat_at, created_at,"
                        + " started_at) values ('matching.scan', ?, 'RUNNING', 'other', ?, ?, ?, ?)",
                other,
                Timestamp.from(now.plus(Duration.ofHours(1))),
                Timestamp.from(now),
                Timestamp.from(now),
                Timestamp.from(now));
        try {
            long scansBefore = scanRows();

            agent.post("/transfer/imports/" + job + "/commit", Map.of());

            assertThat(state(waitForJob(agent, job))).isEqualTo("COMMITTED");
            assertThat(scanRows()).isEqualTo(scansBefore);
        } finally {
            jdbc.update(
                    "update plat_job set status = 'DONE', finished_at = ? where owner_node = 'other'",
                    Timestamp.from(now));
        }
    }

    private long arabicOnlyFile(String nationalId, String firstAr, String lastAr, String born) {
        WebResponse created = new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans",
                        "{\"nationalId\":\"" + nationalId + "\",\"firstNameAr\":\"" + firstAr + "\",\"lastNameAr\":\""
                                + lastAr + "\",\"sex\":\"F\",\"birthDate\":\"" + born + "\",\"phone\":\"0662690417\","
                                + "\"provinceCode\":\"201\",\"craftCode\":\"P01\",\"category\":\"ARTISAN\","
                                + "\"qualificationBasis\":\"DIPLOMA\"}",
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Long.parseLong(created.location().replaceAll(".*/", ""));
    }

    private long scanRows() {
        return jdbc.queryForObject("select count(*) from mat_scan where region_code = ?", Long.class, REGION);
    }

    /** Polls until the region's latest scan is neither queued nor running; answers it (if any). */
    private DuplicateScan waitUntilNoScanIsActive() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Optional<DuplicateScan> latest = scans.latest(REGION);
        while (latest.filter(DuplicateScan::active).isPresent() && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            latest = scans.latest(REGION);
        }
        assertThat(latest.filter(DuplicateScan::active)).as("scan still active").isEmpty();
        return latest.orElse(null);
    }
}
