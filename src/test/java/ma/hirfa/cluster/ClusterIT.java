package ma.hirfa.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.support.TestDatabases;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 16's cluster test (ADR 0055): two Hirfa nodes, processes of the built jar, on a PostgreSQL of their own,
 * behind an nginx that sends each request to the next node (round robin, no stickiness). It runs once, in the
 * PostgreSQL pass, and writes what it proved to {@code target/cluster-report.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String PASSWORD = "demo1234";
    static final String ADMIN = WebSession.basic("admin", PASSWORD);
    static final String AGENT = WebSession.basic("agent.draa", PASSWORD);
    private static final int IMPORT_ROWS = 6000;
    private static final Pattern JOB = Pattern.compile("/transfer/imports/(\\d+)");
    private static final Pattern STATE = Pattern.compile("data-status=\"([A-Z_]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static Cluster cluster;
    static final List<String> report = new ArrayList<>();
    private static Instant began;
    private static Instant killedAt;

    @BeforeAll
    static void startTwoNodesAtOnceOnAnEmptyDatabase() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgres(), "the cluster test runs in the PostgreSQL pass only");
        String location = System.getenv(Cluster.ENV);
        if (location == null || location.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(Cluster.ENV + " must name the cluster test's PostgreSQL (see .ci/run)");
            }
            Assumptions.abort(Cluster.ENV + " is not set (.ci/run sets it): no cluster test");
        }
        assertThat(Path.of("target", "hirfa.jar")).as("the built jar").exists();
        began = Instant.now();
        cluster = new Cluster(Path.of("target", "cluster").toAbsolutePath(), location, settings());
        cluster.freshDatabase();
        cluster.startNginx();
        for (Cluster.Node node : cluster.nodes) {
            cluster.start(node); // both at the same moment, on the empty database
        }
        for (Cluster.Node node : cluster.nodes) {
            cluster.awaitUp(node, Duration.ofSeconds(180));
        }
        note("two nodes started together on an empty database, up after %d s", seconds(began));
    }

    private static Map<String, String> settings() {
        return Map.ofEntries(
                Map.entry("hirfa.demo", "true"),
                Map.entry("hirfa.demo.artisans", "30"),
                Map.entry("hirfa.transfer.batch-size", "100"),
                Map.entry("hirfa.transfer.artisans.batch-size", "100"),
                Map.entry("hirfa.transfer.lease", "5s"),
                Map.entry("hirfa.transfer.poll-interval", "500ms"),
                Map.entry("hirfa.jobs.initial-delay", "1s"),
                Map.entry("hirfa.schedules.first-run", "PT20S"),
                Map.entry("hirfa.events.retry-every", "PT2S"),
                Map.entry("hirfa.events.retry-after", "PT4S"),
                Map.entry("spring.modulith.events.staleness.processing", "PT5S"),
                Map.entry("spring.modulith.events.staleness.check-intervall", "PT2S"),
                Map.entry("hirfa.idempotency.sweep-every", "PT5S"),
                Map.entry("hirfa.security.sweep-every", "PT5S"),
                Map.entry("hirfa.rate.login", "100000"),
                Map.entry("hirfa.rate.public-pages", "100000"),
                Map.entry("spring.datasource.hikari.maximum-pool-size", "6"),
                Map.entry("logging.level.ma.hirfa.platform.jobs", "DEBUG"),
                // the staleness check runs every 2 s here; its "nothing stale" lines would drown the rest
                Map.entry("logging.level.org.springframework.modulith.events.core", "WARN"));
    }

    @AfterAll
    static void stopAndReport() throws Exception {
        if (cluster == null) {
            return;
        }
        cluster.close();
        note("whole cluster test: %d s", seconds(began));
        Files.write(Path.of("target", "cluster-report.txt"), report, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void migratedAndSeededOnce() throws Exception {
        try (Connection db = cluster.connect()) {
            assertThat(rows(
                            db,
                            "select version from flyway_schema_history where version is not null"
                                    + " group by version having count(*) > 1"))
                    .as("migrations applied twice")
                    .isEmpty();
            assertThat(number(db, "select count(*) from flyway_schema_history where not success"))
                    .isZero();
            assertThat(number(db, "select count(*) from plat_demo_seed where finished_at is not null"))
                    .isEqualTo(1);
            assertThat(rows(db, "select national_id from reg_artisan group by national_id having count(*) > 1"))
                    .as("artisans seeded twice")
                    .isEmpty();
            assertThat(rows(db, "select username from plat_user group by username having count(*) > 1"))
                    .isEmpty();
            note(
                    "started together: %d migrations applied once each, demo seeded once by %s (%d artisans)",
                    number(db, "select count(*) from flyway_schema_history where version is not null"),
                    rows(db, "select claimed_by from plat_demo_seed").get(0),
                    number(db, "select count(*) from reg_artisan"));
        }
    }

    @Test
    @Order(2)
    void aSignedInUserIsServedByEitherNode() {
        WebSession user = WebSession.loggedIn(cluster.lbPort, "agent.draa");
        for (int i = 0; i < 6; i++) {
            WebResponse account = user.get("/account");
            assertThat(account.status()).isEqualTo(200);
            assertThat(account.body()).contains("agent.draa");
        }
        List<String> servedBy = upstreams("/account");
        assertThat(servedBy).as("round robin").containsAll(nodeAddresses());

        // A form read on one node is accepted by the other: the session and its CSRF token are in the database.
        Cluster.Node a = cluster.nodes.get(0);
        Cluster.Node b = cluster.nodes.get(1);
        WebSession onA = new WebSession(a.port);
        WebSession onB = new WebSession(b.port);
        user.copyCookiesTo(onA, a.port);
        user.copyCookiesTo(onB, b.port);
        Matcher token = CSRF.matcher(onA.get("/account").body());
        assertThat(token.find()).isTrue();
        assertThat(onB.postWithoutToken("/language", Map.of("lang", "fr", "back", "/account"))
                        .status())
                .as("a form without its token is refused")
                .isEqualTo(403);
        WebResponse saved =
                onB.postWithoutToken("/language", Map.of("_csrf", token.group(1), "lang", "fr", "back", "/account"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/account");
        note(
                "sessions: %d requests of one signed-in user through nginx served by %s; a form read on node a was"
                        + " accepted by node b (CSRF token in the shared session), refused there without it",
                servedBy.size(), servedBy.stream().distinct().toList());
    }

    @Test
    @Order(3)
    void anImportCommitAndARegistrationInterruptedByKill9AreFinishedByTheOtherNodeOrLeaveNothing() throws Exception {
        WebSession admin = WebSession.loggedIn(cluster.lbPort, "admin");
        long job = upload(admin, importFile());
        String dryRun = await(admin, job, "VALIDATED", Duration.ofSeconds(90));
        long expected = count(dryRun, "count-new");
        admin.get("/transfer/imports/" + job);
        assertThat(admin.post("/transfer/imports/" + job + "/commit", Map.of()).status())
                .isEqualTo(302);

        try (Connection db = cluster.connect()) {
            String owner = ownerOnceUnderway(db, job);
            Cluster.Node victim = nodeNamed(owner);
            Cluster.Node survivor = other(victim);
            CompletableFuture<WebResponse> answer;
            try (Connection lock = cluster.connect()) {
                // Holds the identity index so that the next registration waits inside its transaction, at the
                // index write its listener makes just before the commit (ADR 0061).
                lock.setAutoCommit(false);
                try (Statement sql = lock.createStatement()) {
                    sql.execute("lock table mat_identity in share mode");
                }
                answer = CompletableFuture.supplyAsync(() -> {
                    try {
                        return new WebSession(victim.port)
                                .postJson(
                                        "/api/v1/registry/artisans",
                                        artisanJson("JK900001", "Kill"),
                                        "Authorization",
                                        AGENT);
                    } catch (RuntimeException connectionLost) {
                        return null; // the node is killed before it answers
                    }
                });
                awaitIndexWriteWaiting(db, victim);
                assertThat(number(db, "select count(*) from reg_artisan where national_id = 'JK900001'"))
                        .as("the file is not committed before its index entry")
                        .isZero();
                long done = number(
                        db, "select progress_done from plat_job where queue = 'transfer.import' and ref_id = " + job);
                cluster.kill(victim);
                killedAt = Instant.now();
                lock.rollback();
                note(
                        "kill -9 of node %s while it committed import %d (%d%% of %d rows) and while a registration"
                                + " waited inside its transaction to write the identity index",
                        victim.name, job, done, expected);
            }

            String page = await(admin, job, "COMMITTED", Duration.ofSeconds(120));
            long written = count(page, "count-written");
            long inRegister = number(db, "select count(*) from reg_artisan where national_id like 'JZ%'");
            assertThat(inRegister).as("rows in the register").isEqualTo(written).isEqualTo(expected);
            assertThat(rows(
                            db,
                            "select national_id from reg_artisan where national_id like 'JZ%'"
                                    + " group by national_id having count(*) > 1"))
                    .as("rows written twice")
                    .isEmpty();
            assertThat(number(
                            db,
                            "select count(*) from mat_identity i join reg_artisan a on a.id = i.artisan_id"
                                    + " where a.national_id like 'JZ%'"))
                    .as("identity index entries of the import")
                    .isEqualTo(written);
            String takenOver = "Job " + jobRow(db, job) + " of transfer.import claimed by ";
            assertThat(Files.readString(survivor.logs.get(survivor.logs.size() - 1)))
                    .contains(takenOver)
                    .contains("(taken over)");
            note(
                    "import: node %s took the job over and finished it %d s after the kill; report says %d written,"
                            + " register holds %d (dry run: %d new), none twice, each once in the identity index",
                    survivor.name, seconds(killedAt), written, inRegister, expected);

            assertThat(answer.get(30, TimeUnit.SECONDS))
                    .as("an answer from the killed node")
                    .isNull();
            awaitGone(db, victim);
            assertThat(number(db, "select count(*) from reg_artisan where national_id = 'JK900001'"))
                    .as("the killed registration's file")
                    .isZero();
            assertThat(number(db, "select count(*) from mat_identity where national_id = 'JK900001'"))
                    .as("its index entry")
                    .isZero();
            WebResponse again = new WebSession(survivor.port)
                    .postJson("/api/v1/registry/artisans", artisanJson("JK900001", "Kill"), "Authorization", AGENT);
            assertThat(again.status()).as(again.body()).isEqualTo(201);
            long artisan = Long.parseLong(again.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
            assertThat(new WebSession(survivor.port)
                            .get("/api/v1/registry/artisans/search?q=JK900001", "Authorization", AGENT)
                            .body())
                    .as("found by the search the moment it is answered")
                    .contains("\"id\":" + artisan);
            assertThat(number(db, "select count(*) from reg_artisan where national_id = 'JK900001'"))
                    .isEqualTo(1);
            assertThat(number(db, "select count(*) from mat_identity where artisan_id = " + artisan))
                    .isEqualTo(1);
            awaitCompleted(db);
            note(
                    "registration: the killed node never answered and its transaction left neither the file nor"
                            + " its index entry; sent again to node %s: 201, found by the search at once, once in the"
                            + " register and once in the index; every stored event publication completed, none twice",
                    survivor.name);

            WebResponse chain =
                    new WebSession(cluster.lbPort).get("/api/v1/audit/verification", "Authorization", ADMIN);
            assertThat(chain.status()).isEqualTo(200);
            assertThat(chain.body()).contains("\"intact\":true");
            note("audit chain after the kill: %s", chain.body());

            Instant restart = Instant.now();
            cluster.start(victim);
            cluster.awaitUp(victim, Duration.ofSeconds(120));
            note("node %s started again in %d s", victim.name, seconds(restart));
        }
    }

    @Test
    @Order(4)
    void aDuplicateScanRunsOnOneNode() throws Exception {
        WebSession manager = WebSession.loggedIn(cluster.lbPort, "manager.draa");
        manager.get("/registry/duplicates");
        try (Connection db = cluster.connect()) {
            long before = number(db, "select coalesce(max(id), 0) from plat_job where queue = 'matching.scan'");
            assertThat(manager.post("/registry/duplicates/scan", Map.of()).status())
                    .isEqualTo(302);
            Instant deadline = Instant.now().plusSeconds(60);
            String done = "select count(*) from plat_job where queue = 'matching.scan' and status = 'DONE' and id > ";
            while (number(db, done + before) == 0) {
                assertThat(Instant.now()).as("scan finished").isBefore(deadline);
                Thread.sleep(300);
            }
            long scan = number(db, "select max(id) from plat_job where queue = 'matching.scan'");
            List<NodeLogs.Claim> claims = NodeLogs.claims(allLogs()).stream()
                    .filter(c -> c.job() == scan)
                    .toList();
            assertThat(claims).hasSize(1);
            note(
                    "duplicate scan (job %d): claimed once, by %s, done",
                    scan, claims.get(0).node());
        }
    }

    @Test
    @Order(5)
    void postgresqlRestartedUnderLoad() throws Exception {
        new OutageLoad(cluster).run();
    }

    @Test
    @Order(6)
    void scheduledWorkAndJobsRanOnOneNodeAtATime() throws Exception {
        List<NodeLogs.Lease> leases = NodeLogs.leases(allLogs());
        try (Connection db = cluster.connect()) {
            List<String> names = rows(db, "select name from plat_lease order by name");
            assertThat(names).as("scheduled tasks under a lease").hasSizeGreaterThanOrEqualTo(5);
            Map<String, List<String>> overlaps = NodeLogs.overlaps(leases);
            assertThat(overlaps.keySet()).containsAll(names);
            overlaps.forEach(
                    (name, found) -> assertThat(found).as("runs of " + name).isEmpty());
            for (String name : names) {
                List<NodeLogs.Lease> runs =
                        leases.stream().filter(l -> l.name().equals(name)).toList();
                note(
                        "scheduled %s: %d runs, on %d node(s), never two holders at once",
                        name,
                        runs.size(),
                        runs.stream().map(NodeLogs.Lease::node).distinct().count());
            }
            List<NodeLogs.Claim> claims = NodeLogs.claims(allLogs());
            List<NodeLogs.Claim> takenOver =
                    claims.stream().filter(NodeLogs.Claim::takenOver).toList();
            assertThat(takenOver).as("jobs taken over (only after the kill)").hasSize(1);
            assertThat(takenOver.get(0).queue()).isEqualTo("transfer.import");
            assertThat(rows(db, "select queue || ' ' || status from plat_job where status <> 'DONE'"))
                    .as("jobs not done")
                    .isEmpty();
            note(
                    "jobs: %d claims of %d jobs (%s), all done; the only take-over is the killed node's import",
                    claims.size(),
                    number(db, "select count(*) from plat_job"),
                    rows(db, "select distinct queue from plat_job order by queue"));
        }
    }

    // --- the import -------------------------------------------------------------------------------------------

    private static byte[] importFile() {
        String[] first = {"Ahmed", "Youssef", "Khadija", "Fatima", "Omar", "Aicha", "Hassan", "Naima", "Said", "Rachid"
        };
        String[] firstAr = {"أحمد", "يوسف", "خديجة", "فاطمة", "عمر", "عائشة", "حسن", "نعيمة", "سعيد", "رشيد"};
        String[] last = {"Alaoui", "Bennani", "Tazi", "Idrissi", "Fassi", "Amrani", "Berrada", "Chraibi", "Kettani"};
        String[] lastAr = {"العلوي", "بناني", "التازي", "الإدريسي", "الفاسي", "العمراني", "برادة", "الشرايبي", "الكتاني"
        };
        StringBuilder csv = new StringBuilder("national_id,first_name_ar,last_name_ar,first_name_lat,last_name_lat,sex,"
                + "birth_date,phone,province_code,commune_code,craft_code\n");
        LocalDate born = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < IMPORT_ROWS; i++) {
            int f = i % first.length;
            int l = (i / first.length) % last.length;
            csv.append("JZ")
                    .append(String.format("%06d", i))
                    .append(',')
                    .append(firstAr[f])
                    .append(',')
                    .append(lastAr[l])
                    .append(',')
                    .append(first[f])
                    .append(',')
                    .append(last[l])
                    .append(',')
                    .append(f % 2 == 0 ? 'M' : 'F')
                    .append(',')
                    .append(born.plusDays(i * 3L))
                    .append(",,201,,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long upload(WebSession user, byte[] file) {
        user.get("/transfer/imports?lang=fr");
        WebResponse sent = user.upload(
                "/transfer/imports", Map.of("kind", "artisans", "source", "cluster"), "file", "cluster.csv", file);
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        Matcher job = JOB.matcher(sent.location());
        assertThat(job.find()).as(sent.location()).isTrue();
        return Long.parseLong(job.group(1));
    }

    private static String await(WebSession user, long job, String state, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        String page = "";
        while (Instant.now().isBefore(deadline)) {
            page = user.get("/transfer/imports/" + job).body();
            Matcher now = STATE.matcher(page);
            if (now.find() && (now.group(1).equals(state) || now.group(1).equals("FAILED"))) {
                assertThat(now.group(1)).as(page).isEqualTo(state);
                return page;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("import " + job + " not " + state + " in " + patience + ": " + page);
    }

    private static long count(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<").matcher(page);
        assertThat(m.find()).as(id + " in " + page).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The node holding the commit once a few batches are in, well before the end. */
    private static String ownerOnceUnderway(Connection db, long job) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            try (Statement sql = db.createStatement();
                    ResultSet rs = sql.executeQuery("select status, owner_node, progress_done from plat_job"
                            + " where queue = 'transfer.import' and ref_id = " + job)) {
                // progress is counted in hundredths of the file: kill after a few batches, well before the end
                if (rs.next() && rs.getString(1).equals("RUNNING") && rs.getLong(3) >= 10) {
                    assertThat(rs.getLong(3)).as("killed in the middle").isLessThan(70);
                    return rs.getString(2);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the commit of import " + job + " did not get under way");
    }

    /** A backend of the node waits for the lock on the identity index, outside the import's {@code COPY}. */
    private static void awaitIndexWriteWaiting(Connection db, Cluster.Node node) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (number(
                            db,
                            "select count(*) from pg_stat_activity where application_name = 'hirfa-node-" + node.name
                                    + "' and wait_event_type = 'Lock' and query ilike '%mat_identity%'"
                                    + " and query not ilike 'copy%'")
                    > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the registration did not reach its index write on node " + node.name);
    }

    /** The killed node's backends have ended (their transactions rolled back). */
    private static void awaitGone(Connection db, Cluster.Node node) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        String backends =
                "select count(*) from pg_stat_activity where application_name = 'hirfa-node-" + node.name + "'";
        while (number(db, backends) > 0) {
            assertThat(Instant.now()).as("backends of the killed node ended").isBefore(deadline);
            Thread.sleep(300);
        }
    }

    /**
     * Every stored event publication (one per event and listener kept in the registry, ADR 0027) completed, none
     * stored twice: a listener interrupted by the kill is finished by the other node.
     */
    private static void awaitCompleted(Connection db) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (number(db, "select count(*) from event_publication where completion_date is null") > 0) {
            assertThat(Instant.now()).as("interrupted publications completed").isBefore(deadline);
            Thread.sleep(300);
        }
        assertThat(rows(
                        db,
                        "select listener_id from event_publication group by listener_id, event_type, serialized_event"
                                + " having count(*) > 1"))
                .isEmpty();
    }

    static String artisanJson(String nationalId, String lastName) {
        return "{\"nationalId\":\"" + nationalId + "\",\"firstNameAr\":\"حسن\",\"lastNameAr\":\"أمزيان\","
                + "\"firstNameLat\":\"Hassan\",\"lastNameLat\":\"" + lastName + "\",\"sex\":\"M\","
                + "\"birthDate\":\"1979-04-0" + (Math.abs(nationalId.hashCode()) % 9 + 1)
                + "\",\"provinceCode\":\"401\","
                + "\"craftCode\":\"P02\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"EXPERIENCE\","
                + "\"experienceYears\":12,\"taxStatus\":\"UNTAXED\"}";
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static long jobRow(Connection db, long importJob) throws SQLException {
        return number(db, "select id from plat_job where queue = 'transfer.import' and ref_id = " + importJob);
    }

    private static Cluster.Node nodeNamed(String owner) throws Exception {
        for (Cluster.Node node : cluster.nodes) {
            if (NodeLogs.wrote(node.logs, owner)) {
                return node;
            }
        }
        throw new AssertionError("no node log names " + owner);
    }

    private static Cluster.Node other(Cluster.Node node) {
        return cluster.nodes.get(0) == node ? cluster.nodes.get(1) : cluster.nodes.get(0);
    }

    private static List<Path> allLogs() {
        return cluster.nodes.stream().flatMap(n -> n.logs.stream()).toList();
    }

    private static List<String> nodeAddresses() {
        return cluster.nodes.stream().map(n -> "127.0.0.1:" + n.port).toList();
    }

    private static List<String> upstreams(String path) {
        try {
            return cluster.upstreamsOf(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> rows(Connection db, String query) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    static long number(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long seconds(Instant since) {
        return Duration.between(since, Instant.now()).toSeconds();
    }

    static void note(String format, Object... args) {
        String line = String.format(format, args);
        report.add(line);
        System.out.println("[cluster] " + line);
    }
}
