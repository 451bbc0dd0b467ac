package ma.hirfa.platform.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * A node that dies in the middle of a job: another node takes the job over when the lease expires and
 * finishes it without losing or duplicating rows. The background worker is off: the test plays the nodes.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "hirfa.demo=false",
            "hirfa.transfer.worker.enabled=false",
            "hirfa.transfer.batch-size=3",
            "hirfa.transfer.artisans.batch-size=3"
        })
class ImportResumeIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final String HEADER = "national_id,first_name_lat,last_name_lat,province_code\n";

    @LocalServerPort
    int port;

    @Autowired
    ImportJobStore store;

    @Autowired
    ImportRunner runner;

    @Autowired
    ImportWorker worker;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommitStoppedByACrashResumesOnAnotherNodeWithoutLosingOrDuplicatingRows() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 20; i++) {
            csv.append("JR")
                    .append(700000 + i)
                    .append(",Ali,Resume")
                    .append((char) ('a' + i))
                    .append(",201\n");
        }
        long job = upload(agent, csv.toString());
        assertThat(worker.runOnce("node-a")).isTrue();
        assertThat(store.find(job).orElseThrow().status()).isEqualTo(ImportStatus.VALIDATED);
        agent.get("/transfer/imports/" + job);
        agent.post("/transfer/imports/" + job + "/commit", Map.of());

        ImportJob claimed = store.claim("node-a", Duration.ofMinutes(5)).orElseThrow();
        runner.run(claimed, "node-a", 2);
        assertThat(written(job)).isEqualTo(6);
        assertThat(store.claim("node-b", Duration.ofMinutes(5)))
                .as("lease still held")
                .isEmpty();

        expireLease(job);
        assertThat(worker.runOnce("node-b")).isTrue();

        ImportJob done = store.find(job).orElseThrow();
        assertThat(done.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(done.writtenRows()).isEqualTo(20);
        assertThat(written(job)).isEqualTo(20);
        assertThat(jdbc.queryForObject(
                        "select count(distinct national_id) from reg_artisan where import_job_id = ?", Long.class, job))
                .isEqualTo(20);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_artisan_event e join reg_artisan a on a.id = e.artisan_id"
                                + " where a.import_job_id = ?",
                        Long.class,
                        job))
                .isEqualTo(20);
    }

    @Test
    void aNodeThatLostItsLeaseCannotWriteItsBatch() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 5; i++) {
            csv.append("JL")
                    .append(800000 + i)
                    .append(",Ali,Lease")
                    .append((char) ('a' + i))
                    .append(",201\n");
        }
        long job = upload(agent, csv.toString());
        worker.runOnce("node-a");
        agent.get("/transfer/imports/" + job);
        agent.post("/transfer/imports/" + job + "/commit", Map.of());
        ImportJob claimedByA = store.claim("node-a", Duration.ofMinutes(5)).orElseThrow();

        expireLease(job);
        ImportJob claimedByB = store.claim("node-b", Duration.ofMinutes(5)).orElseThrow();
        runner.run(claimedByA, "node-a", Integer.MAX_VALUE);
        assertThat(written(job)).isZero();

        runner.run(claimedByB, "node-b", Integer.MAX_VALUE);
        assertThat(written(job)).isEqualTo(5);
        assertThat(store.find(job).orElseThrow().status()).isEqualTo(ImportStatus.COMMITTED);
    }

    @Test
    void aJobWhoseFileCannotBeReadIsRecordedAsFailedAndNotTakenAgain() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        long job = upload(agent, HEADER + "JF900001,Ali,Lost,201\n");
        // the stored file is gone (a disk or a database restored without it): every attempt fails
        jdbc.update("delete from imp_file_chunk where job_id = ?", job);
        jdbc.update("update plat_job set attempts = 2 where queue = 'transfer.import' and ref_id = ?", job);

        assertThat(worker.runOnce("node-a")).isTrue();

        ImportJob failed = store.find(job).orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.errorKey()).startsWith("transfer.");
        assertThat(jdbc.queryForObject(
                        "select lease_until from plat_job where queue = 'transfer.import' and ref_id = ?",
                        Timestamp.class,
                        job))
                .as("no node holds it any more")
                .isNull();
        assertThat(worker.runOnce("node-b")).as("a failed job is not run again").isFalse();
    }

    private void expireLease(long job) {
        jdbc.update(
                "update plat_job set lease_until = ? where queue = 'transfer.import' and ref_id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                job);
    }

    private long written(long job) {
        return jdbc.queryForObject("select count(*) from reg_artisan where import_job_id = ?", Long.class, job);
    }

    private static long upload(WebSession agent, String csv) {
        agent.get("/transfer/imports");
        WebResponse sent = agent.upload(
                "/transfer/imports",
                Map.of("kind", "artisans", "source", "resume-" + System.nanoTime()),
                "file",
                "list.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        Matcher id = Pattern.compile("/transfer/imports/(\\d+)").matcher(sent.location());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
