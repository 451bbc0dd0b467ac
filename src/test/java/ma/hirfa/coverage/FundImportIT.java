package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.JsonNode;

/** The fund's files go through the import framework: dry run, row report, commit once, held rows for an officer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class FundImportIT {

    private static final Pattern JOB = Pattern.compile("/transfer/imports/(\\d+)");
    private static final Pattern STATE = Pattern.compile("data-status=\"([A-Z_]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Autowired
    JdbcTemplate jdbc;

    final CoverageApi officer = new CoverageApi(() -> port, "coverage.draa");
    final CoverageApi agent = new CoverageApi(() -> port, "agent.draa");

    @Test
    void aContributionsFileIsCheckedWithoutChangingAnythingThenCommittedOnce() {
        long id = officer.freshArtisan();
        json(officer.enrol(id, "UNTAXED", "2023-12-15", "FUND-0001"), 201);
        String nationalId = nationalId(id);
        String csv = "national_id,fund_number,month,amount,paid_on,recorded_on\n"
                + nationalId + ",,2024-01,135.00,2024-01-10,2024-02-01\n"
                + ",FUND-0001,2024-02,135.00,2024-02-10,2024-03-01\n"
                + "ZZ999999,,2024-01,135.00,2024-01-10,2024-02-01\n"
                + nationalId + ",,2024-03,135.00,2024-03-10,2024-03-01\n"
                + nationalId + ",,2024-04,abc,2024-04-10,\n"
                + ",,2024-05,135.00,2024-05-10,\n";
        WebSession browser = WebSession.loggedIn(port, "coverage.draa");
        long reads = reads();

        long job = upload(browser, "fund-contributions", csv);
        String report = waitForJob(browser, job);

        assertThat(state(report)).isEqualTo("VALIDATED");
        assertThat(contributions(id)).isZero();
        assertThat(count(report, "count-new")).isEqualTo(2);
        assertThat(count(report, "count-held")).isEqualTo(1);
        assertThat(count(report, "count-invalid")).isEqualTo(3);
        assertThat(outcome(report, 4)).isEqualTo("HELD");
        assertThat(report).contains("Aucun artisan de votre région avec la CIN ZZ999999");
        assertThat(outcome(report, 5)).isEqualTo("INVALID");
        assertThat(report).contains("avant qu’il soit fait");
        assertThat(outcome(report, 6)).isEqualTo("INVALID");
        assertThat(report)
                .contains("Montant invalide dans la colonne Montant : abc"); // the column as the reader names it
        assertThat(outcome(report, 7)).isEqualTo("INVALID");
        assertThat(report).contains("Ni CIN ni n° d’affiliation");
        assertThat(reads())
                .as("reading the report of a fund file is an audited read")
                .isGreaterThan(reads);

        browser.post("/transfer/imports/" + job + "/commit", Map.of());
        String committed = waitForJob(browser, job);

        assertThat(state(committed)).isEqualTo("COMMITTED");
        assertThat(contributions(id)).isEqualTo(2);
        assertThat(committed).contains("page de rapprochement");
        assertThat(browser.get("/coverage/reconciliation?lang=fr").body()).contains("ZZ999999");

        WebResponse again = browser.upload(
                "/transfer/imports",
                Map.of("kind", "fund-contributions"),
                "file",
                "fund.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.location()).endsWith("/transfer/imports/" + job);
        assertThat(browser.get(path(again) + "?lang=fr").body()).contains("déjà été importé");
        assertThat(contributions(id)).isEqualTo(2);
    }

    @Test
    void anEnrolmentRowWithoutNumbersIsOnlyProposedByNameUntilAnOfficerAcceptsIt() {
        long id = officer.freshArtisan(); // with a Latin name, as the fund writes names
        JsonNode artisan = json(agent.get("/api/v1/registry/artisans/" + id), 200);
        String csv = "national_id,fund_number,last_name,first_name,birth_date,regime,enrolled_on,status\n"
                + ",NEW-4242," + artisan.get("lastNameLat").asString() + ","
                + artisan.get("firstNameLat").asString()
                + "," + artisan.get("birthDate").asString() + ",UNTAXED,2024-01-05,ACTIVE\n";
        WebSession browser = WebSession.loggedIn(port, "coverage.draa");

        long job = upload(browser, "fund-enrolments", csv);
        String dryRun = waitForJob(browser, job);
        assertThat(outcome(dryRun, 2)).isEqualTo("HELD");
        assertThat(dryRun).contains("ne sont pas appliquées");
        browser.post("/transfer/imports/" + job + "/commit", Map.of());
        String committed = waitForJob(browser, job);

        assertThat(committed).contains("Rien n’est appliqué sans votre accord");
        assertThat(officer.get("/api/v1/coverage/artisans/" + id + "/enrolment").status())
                .isEqualTo(404);
        String reconciliation = browser.get("/coverage/reconciliation?lang=fr").body();
        assertThat(reconciliation).contains("Proposition à valider");
        Matcher accept = Pattern.compile("action=\"(/coverage/reconciliation/lines/\\d+/accept)\"")
                .matcher(reconciliation);
        assertThat(accept.find()).isTrue();

        WebResponse accepted = browser.post(accept.group(1), Map.of());

        assertThat(browser.get(path(accepted) + "?lang=fr").body()).contains("Artisan proposé accepté");
        JsonNode enrolment = json(officer.get("/api/v1/coverage/artisans/" + id + "/enrolment"), 200);
        assertThat(enrolment.get("fundNumber").asString()).isEqualTo("NEW-4242");
        assertThat(browser.post(accept.group(1), Map.of()).location()).endsWith("/coverage/reconciliation");
        assertThat(browser.get("/coverage/reconciliation?lang=fr").body())
                .doesNotContain(accept.group(1))
                .contains("Cette ligne n’attend pas de validation");
    }

    @Test
    void chamberAgentsNeitherImportFundFilesNorSeeTheirJobsAndReports() {
        WebSession coverage = WebSession.loggedIn(port, "coverage.draa");
        long job = upload(
                coverage,
                "fund-contributions",
                "national_id,fund_number,month,amount,paid_on,recorded_on\nZZ123456,,2024-01,135.00,2024-01-10,\n");
        waitForJob(coverage, job);

        for (String user : new String[] {"agent.draa", "agent.fes"}) {
            WebSession agentSession = WebSession.loggedIn(port, user);
            String list = agentSession.get("/transfer/imports?lang=fr").body();
            assertThat(list).as(user).doesNotContain("fund-contributions").doesNotContain("/transfer/imports/" + job);
            assertThat(agentSession.get("/transfer/imports/" + job).status())
                    .as(user)
                    .isEqualTo(404);
            assertThat(agentSession
                            .get("/transfer/imports/" + job + "/report.csv")
                            .status())
                    .as(user)
                    .isEqualTo(404);
            assertThat(agentSession
                            .upload(
                                    "/transfer/imports",
                                    Map.of("kind", "fund-contributions"),
                                    "file",
                                    "fund.csv",
                                    "national_id\nX\n".getBytes(StandardCharsets.UTF_8))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(coverage.get("/transfer/imports?lang=fr").body())
                .contains("/transfer/imports/" + job)
                .doesNotContain("value=\"artisans\"");
    }

    private long upload(WebSession browser, String kind, String csv) {
        browser.get("/transfer/imports?lang=fr");
        WebResponse response = browser.upload(
                "/transfer/imports", Map.of("kind", kind), "file", "fund.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        Matcher job = JOB.matcher(response.location());
        assertThat(job.find()).as(response.location()).isTrue();
        return Long.parseLong(job.group(1));
    }

    private static String path(WebResponse redirect) {
        return java.net.URI.create(redirect.location()).getPath();
    }

    private static String waitForJob(WebSession user, long job) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String page = user.get("/transfer/imports/" + job + "?lang=fr").body();
            String s = state(page);
            if ("VALIDATED".equals(s) || "COMMITTED".equals(s) || "FAILED".equals(s)) {
                return page;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import job " + job + " did not finish");
    }

    private static String state(String page) {
        Matcher state = STATE.matcher(page);
        return state.find() ? state.group(1) : null;
    }

    private static long count(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<").matcher(page);
        assertThat(m.find()).as(id + " in " + page).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String outcome(String page, int row) {
        Matcher m = Pattern.compile("data-row=\"" + row + "\" data-outcome=\"([A-Z_]+)\"")
                .matcher(page);
        return m.find() ? m.group(1) : null;
    }

    private String nationalId(long id) {
        return json(agent.get("/api/v1/registry/artisans/" + id), 200)
                .get("nationalId")
                .asString();
    }

    private int contributions(long id) {
        return jdbc.queryForObject("select count(*) from cov_contribution where artisan_id = ?", Integer.class, id);
    }

    private long reads() {
        return jdbc.queryForObject(
                "select count(*) from plat_audit_record where action = 'READ' and entity_id like 'import %'",
                Long.class);
    }
}
