package ma.hirfa.matching.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ma.hirfa.matching.BatchMatcher;
import ma.hirfa.matching.IdentityIndex;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.matching.generator.ArtisanGenerator;
import ma.hirfa.matching.index.IdentityTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The streaming scan finds exactly the pairs of the in-memory batch ({@link BatchMatcher#pairs}) on the same
 * identities, with partitions small enough that there are dozens of them and candidate pairs written to disk in
 * runs of 40 (hundreds of runs merged back); and a scan whose node dies after a few partitions is finished by
 * another node from its checkpoint, every pair proposed once. No candidates' file is left behind.
 */
@SpringBootTest(
        properties = {
            "hirfa.demo=false",
            "hirfa.matching.scan-partition=3",
            "hirfa.matching.scan-run=40",
            "hirfa.matching.scan-dir=" + StreamingScanIT.DIR
        })
class StreamingScanIT {

    static final String DIR = "target/streaming-scan-it";

    private static final int ROWS = 3000;
    private static final int NAMESAKES = 200;

    @Autowired
    ScanWorker scans;

    @Autowired
    IdentityIndex index;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStreamingScanFindsThePairsOfTheInMemoryBatch() {
        Register register = register("98", 900_000_000L, 15);
        try {
            long job = runningScan(register.region(), "node-a", Instant.now().plusSeconds(3600));
            scans.run(jobId(job), job, "node-a");

            assertThat(jdbc.queryForObject("select status from plat_job where id = ?", String.class, jobId(job)))
                    .isEqualTo("DONE");
            assertThat(leftFiles()).isEmpty();
            assertThat(register.expected()).hasSizeGreaterThan(30);
            assertThat(proposed(register)).containsExactlyElementsOf(register.expected());
            assertThat(jdbc.queryForList("select pairs_found, pairs_new from mat_scan where id = ?", job)
                            .get(0))
                    .containsEntry("PAIRS_FOUND", (long) register.expected().size())
                    .containsEntry("PAIRS_NEW", (long) register.expected().size());
        } finally {
            cleanUp(register);
        }
    }

    @Test
    void aScanInterruptedAfterSomePartitionsIsResumedByAnotherNodeAndProposesEachPairOnce()
            throws InterruptedException {
        Register register = register("97", 910_000_000L, 16);
        try {
            long scan = runningScan(register.region(), "node-a", Instant.now().plusSeconds(3600));
            scans.run(jobId(scan), scan, "node-a", 5); // node-a dies after five partitions
            Long checkpoint = jdbc.queryForObject("select resume_after from mat_scan where id = ?", Long.class, scan);
            List<String> before = proposed(register);
            assertThat(checkpoint).isNotNull();
            assertThat(before).isNotEmpty().hasSizeLessThan(register.expected().size());
            assertThat(leftFiles()).as("the stopped node's file").isEmpty();

            jdbc.update(
                    "update plat_job set lease_until = ? where id = ?",
                    Timestamp.from(Instant.now().minusSeconds(60)),
                    jobId(scan));
            String status = "RUNNING";
            for (int i = 0; i < 300 && !"DONE".equals(status); i++) {
                scans.runNext("node-b");
                status = jdbc.queryForObject("select status from plat_job where id = ?", String.class, jobId(scan));
                Thread.sleep(100);
            }

            assertThat(status).isEqualTo("DONE");
            assertThat(leftFiles()).isEmpty();
            assertThat(jdbc.queryForObject("select owner_node from plat_job where id = ?", String.class, jobId(scan)))
                    .isNotEqualTo("node-a");
            assertThat(proposed(register)).containsExactlyElementsOf(register.expected());
            // the counts would exceed the pairs had the new node scored the first partitions again
            assertThat(jdbc.queryForList("select pairs_found, pairs_new from mat_scan where id = ?", scan)
                            .get(0))
                    .containsEntry("PAIRS_FOUND", (long) register.expected().size())
                    .containsEntry("PAIRS_NEW", (long) register.expected().size());
        } finally {
            cleanUp(register);
        }
    }

    /** A generated register of one region written through the identity index, and the batch's pairs on it. */
    private Register register(String region, long base, long seed) {
        List<IndexedIdentity> rows = new ArrayList<>();
        new ArtisanGenerator(seed, ArtisanGenerator.Profile.STANDARD).generate(ROWS, row -> {
            long id = base + row.id();
            rows.add(new IndexedIdentity(
                    id,
                    region,
                    "R" + id,
                    new IdentityRecord(
                            Long.toString(id),
                            row.nationalId(),
                            row.firstNameAr(),
                            row.lastNameAr(),
                            row.firstNameLat(),
                            row.lastNameLat(),
                            row.birthDate(),
                            row.provinceCode(),
                            row.phone())));
        });
        // namesakes enough to make blocks over the cap, whose pairs come from the neighbours rule
        for (int k = 0; k < NAMESAKES; k++) {
            long id = base + ROWS + 1 + k;
            rows.add(new IndexedIdentity(
                    id,
                    region,
                    "R" + id,
                    new IdentityRecord(
                            Long.toString(id),
                            k % 3 == 0 ? null : "ZZ" + (100_000 + k * 7 % 50),
                            "محمد",
                            "العلوي",
                            "Mohamed",
                            "Alaoui",
                            java.time.LocalDate.of(1980, 1 + k % 12, 1 + k % 28),
                            "401",
                            null)));
        }
        for (int from = 0; from < rows.size(); from += 500) {
            index.putAll(rows.subList(from, Math.min(rows.size(), from + 500)));
        }
        List<IdentityRecord> records = new ArrayList<>();
        new IdentityTable(jdbc).forEach(Set.of(region), i -> records.add(i.identity()));
        List<String> expected = BatchMatcher.pairs(records, 2).stream()
                .map(p -> p.recordIdA() + "-" + p.recordIdB())
                .toList();
        return new Register(region, base, expected);
    }

    private static String[] leftFiles() {
        String[] files = new java.io.File(DIR).list();
        return files == null ? new String[0] : files;
    }

    private record Register(String region, long base, List<String> expected) {}

    private List<String> proposed(Register register) {
        return jdbc.queryForList(
                "select artisan_low || '-' || artisan_high from mat_pair where source = 'SCAN'"
                        + " and artisan_low between ? and ? order by artisan_low, artisan_high",
                String.class,
                register.base(),
                register.base() + ROWS + NAMESAKES + 1);
    }

    private long runningScan(String region, String node, Instant leaseUntil) {
        Instant now = Instant.now();
        jdbc.update(
                "insert into mat_scan (region_code, phase, requested_by, requested_at) values (?, 'LOADING',"
                        + " 'manager.test', ?)",
                region,
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

    private long jobId(long scan) {
        return jdbc.queryForObject(
                "select id from plat_job where queue = 'matching.scan' and ref_id = ?", Long.class, scan);
    }

    private void cleanUp(Register register) {
        jdbc.update(
                "delete from mat_pair where artisan_low between ? and ?",
                register.base(),
                register.base() + ROWS + NAMESAKES + 1);
        jdbc.update("delete from mat_token where region_code = ?", register.region());
        jdbc.update("delete from mat_identity where region_code = ?", register.region());
        jdbc.update(
                "update plat_job set status = 'DONE', finished_at = ? where queue = 'matching.scan' and status <> 'DONE'"
                        + " and ref_id in (select id from mat_scan where region_code = ?)",
                Timestamp.from(Instant.now()),
                register.region());
    }
}
