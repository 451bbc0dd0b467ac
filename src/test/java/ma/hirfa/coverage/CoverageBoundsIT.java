package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.error;
import static ma.hirfa.coverage.CoverageApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Issue 13 items 3, 6 and 9: dates and amounts out of any plausible range are refused at once, by field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CoverageBoundsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    final CoverageApi officer = new CoverageApi(() -> port, "coverage.draa");

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void rightsForAMonthOrADateInAFarYearAreRefusedAtOnceNamingTheParameter() {
        long id = enrolled();

        Instant start = Instant.now();
        WebResponse farMonth = officer.get("/api/v1/coverage/artisans/" + id + "/rights?month=%2B9999999-12");
        WebResponse farDate = officer.get("/api/v1/coverage/artisans/" + id + "/rights?asOf=%2B999999999-12-31");
        WebResponse oldMonth = officer.rights(id, "1899-12", "2024-05-10", "ENTITLED");
        Duration took = Duration.between(start, Instant.now());

        assertThat(error(json(farMonth, 400), "month")).isEqualTo("une année entre 1900 et 2100");
        assertThat(error(json(farDate, 400), "asOf")).isEqualTo("une année entre 1900 et 2100");
        assertThat(error(json(oldMonth, 400), "month")).contains("1900");
        // The heap stays untouched: the three answers come before any month-by-month work could start.
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(json(officer.rights(id, "2100-12", "2100-12-31", "ENTITLED"), 200)
                        .get("status")
                        .asString())
                .isEqualTo("WAITING");
    }

    @Test
    void aDateOfAFarYearInAJsonBodyIsRefusedNamingTheFieldAndNothingIsWritten() {
        long id = enrolled();

        WebResponse far =
                claim(id, "{\"careDate\":\"+999999999-12-31\",\"filedOn\":\"2024-05-25\",\"amountClaimed\":1}");

        assertThat(error(json(far, 400), "careDate")).isEqualTo("une année entre 1900 et 2100");
        assertThat(claims(id)).isZero();
    }

    @Test
    void amountsBeyondTheColumnAndAnOverlongFundReferenceAre400sNamingTheFieldWithNothingWritten() {
        long id = enrolled();

        for (String amount : new String[] {"1e20", "123456789012.5", "1e400", "10000000000"}) {
            WebResponse refused = claim(id, claimWith(amount, null));
            assertThat(error(json(refused, 400), "amountClaimed"))
                    .as(amount)
                    .isEqualTo("Montant trop élevé (au plus 9999999999.99 MAD).");
        }
        WebResponse longReference = claim(id, claimWith("100", "R".repeat(10_000)));
        WebResponse reimbursedTooMuch = claim(
                id,
                "{\"careDate\":\"2024-05-20\",\"filedOn\":\"2024-05-25\",\"amountClaimed\":100,"
                        + "\"decision\":\"REIMBURSED\",\"decidedOn\":\"2024-06-01\",\"amountReimbursed\":1e400}");

        assertThat(error(json(longReference, 400), "fundReference")).isEqualTo("Au plus 40 caractères.");
        assertThat(error(json(reimbursedTooMuch, 400), "amountReimbursed")).contains("9999999999.99");
        assertThat(claims(id)).isZero();
        assertThat(json(claim(id, claimWith("9999999999.99", "R".repeat(40))), 201)
                        .get("amountClaimed")
                        .decimalValue())
                .isEqualByComparingTo("9999999999.99");
    }

    @Test
    void aNewClaimsLocationIsTheClaimItself() {
        long id = enrolled();

        WebResponse filed = claim(id, claimWith("840.50", "AMO-C-1"));
        JsonNode created = json(filed, 201);
        WebResponse located = officer.get(java.net.URI.create(filed.location()).getPath());

        assertThat(filed.location()).endsWith("/api/v1/coverage/artisans/" + id + "/claims/" + created.get("id"));
        JsonNode claim = json(located, 200);
        assertThat(claim.get("id").asLong()).isEqualTo(created.get("id").asLong());
        assertThat(claim.get("amountClaimed").decimalValue()).isEqualByComparingTo("840.50");
        assertThat(officer.get("/api/v1/coverage/artisans/" + enrolled() + "/claims/" + created.get("id"))
                        .status())
                .as("the claim under another artisan")
                .isEqualTo(404);
    }

    private long enrolled() {
        long id = officer.freshArtisan();
        json(officer.enrol(id, "UNTAXED", "2023-12-15", null), 201);
        return id;
    }

    private WebResponse claim(long id, String body) {
        return officer.post("/api/v1/coverage/artisans/" + id + "/claims", body);
    }

    private static String claimWith(String amount, String fundReference) {
        return "{\"careDate\":\"2024-05-20\",\"filedOn\":\"2024-05-25\",\"amountClaimed\":" + amount
                + (fundReference == null ? "" : ",\"fundReference\":\"" + fundReference + "\"") + "}";
    }

    private int claims(long id) {
        return jdbc.queryForObject("select count(*) from cov_claim where artisan_id = ?", Integer.class, id);
    }
}
