package ma.hirfa.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CoverageAccessIT {

    static final List<String> PAGES = List.of(
            "/coverage",
            "/coverage/retroactive",
            "/coverage/dashboard",
            "/coverage/reconciliation",
            "/coverage/parameters",
            "/coverage/retroactive/batch.csv",
            "/coverage/reconciliation/not-enrolled.csv");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    /** An artisan with a claim owed retroactively, made once for the class. */
    private static long enrolled;

    @BeforeEach
    void anOwedClaim() {
        PlatformFixtures.staff(accounts);
        if (enrolled == 0) {
            enrolled = CoverageFixtures.owedRetroactively(new CoverageApi(() -> port, "coverage.draa"), null);
        }
    }

    @Test
    void chamberAgentsOfEitherRegionSeeNoCoverageMenuPageOrFile() {
        for (String user : List.of("agent.draa", "agent.fes")) {
            WebSession session = WebSession.loggedIn(port, user);
            assertThat(session.get("/?lang=fr").body()).as(user).doesNotContain("href=\"/coverage");
            for (String page : PAGES) {
                assertThat(session.get(page).status()).as(user + " " + page).isIn(403, 404);
            }
            assertThat(session.get("/coverage/artisans/" + enrolled).status()).isIn(403, 404);
            assertThat(session.get("/coverage/retroactive/letters/" + enrolled).status())
                    .isIn(403, 404);
        }
    }

    @Test
    void theCoverageOfficerSeesTheMenuTheRegionsFilesAndNothingOfAnotherRegion() {
        WebSession officer = WebSession.loggedIn(port, "coverage.draa");
        long fesArtisan = RegistryFixtures.artisanIn("231").registered(port);

        assertThat(officer.get("/?lang=fr").body()).contains("href=\"/coverage\"");
        for (String page : PAGES) {
            assertThat(officer.get(page + (page.endsWith(".csv") ? "" : "?lang=fr"))
                            .status())
                    .as(page)
                    .isEqualTo(200);
        }
        assertThat(officer.get("/coverage/dashboard?lang=fr").body())
                .contains("Dus rétroactivement")
                .contains("<rect");
        assertThat(officer.get("/coverage/retroactive?lang=fr").body()).contains("920,00");
        assertThat(officer.get("/coverage/artisans/" + fesArtisan).status()).isEqualTo(404);
        assertThat(officer.get("/coverage/artisans/" + enrolled + "?lang=fr&asOf=2024-07-31")
                        .body())
                .contains("Ouverts depuis");
        assertThat(officer.get("/coverage/artisans/" + enrolled + "?lang=ar&asOf=2024-07-31")
                        .body())
                .as("months inside Arabic sentences stay left to right, isolated from the Arabic text")
                .containsPattern("\u2066\\d{4}-\u2060?\\d{2}\u2069");
    }

    @Test
    void onlyAnAdministratorChangesARuleParameter() {
        WebSession officer = WebSession.loggedIn(port, "coverage.draa");
        officer.get("/coverage/parameters");
        assertThat(officer.post(
                                "/coverage/parameters",
                                Map.of("name", "WAITING_MONTHS", "effectiveFrom", "2030-01", "amount", "4"))
                        .status())
                .isEqualTo(403);

        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get("/coverage/parameters");
        admin.post("/coverage/parameters", Map.of("name", "WAITING_MONTHS", "effectiveFrom", "2030-01", "amount", "4"));

        assertThat(jdbc.queryForObject(
                        "select amount from cov_parameter where name = 'WAITING_MONTHS' and effective_from = '2030-01'",
                        java.math.BigDecimal.class))
                .isEqualByComparingTo("4");
        assertThat(admin.get("/coverage/parameters?lang=fr").body()).contains("Stage (mois)");
    }
}
