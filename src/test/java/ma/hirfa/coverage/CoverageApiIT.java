package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.error;
import static ma.hirfa.coverage.CoverageApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CoverageApiIT {

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
    final CoverageApi fes = new CoverageApi(() -> port, "agent.fes");
    final CoverageApi admin = new CoverageApi(() -> port, "admin");

    @Test
    void anOfficerEnrolsRecordsPaymentsAndReadsTheRightsOfAMonthWithAnExplanation() {
        long id = officer.freshArtisan();

        json(officer.enrol(id, "UNTAXED", "2023-12-15", "AMO-08-123456"), 201);
        json(officer.enrol(id, "UNTAXED", "2023-12-15", "AMO-08-123456"), 200);
        for (String month : new String[] {"2024-01", "2024-02", "2024-03", "2024-04"}) {
            JsonNode created = json(officer.contribute(id, month, "135.00", month + "-10", month + "-12"), 201);
            assertThat(created.get("warnings")).isEmpty();
        }
        JsonNode open = json(officer.rights(id, "2024-05", "2024-05-10", "ENTITLED"), 200);
        JsonNode waiting = json(officer.rights(id, "2024-03", "2024-05-10", "FUND"), 200);

        assertThat(open.get("month").asString()).isEqualTo("2024-05");
        assertThat(open.get("status").asString()).isEqualTo("OPEN");
        assertThat(open.get("explanation").asString())
                .isEqualTo("Ouverts depuis 2024-04 : premier paiement 2024-01, stage de 3 mois, pas d’arriérés.");
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING");
        assertThat(waiting.get("explanation").asString()).contains("2024-04");
        assertThat(audited(id, "READ")).isPositive();
        assertThat(audited(id, "CREATE")).isEqualTo(1);
    }

    @Test
    void theSameContributionTwiceChangesNothingAndADifferentOneIsRefusedShowingTheRecordedOne() {
        long id = enrolled();
        json(officer.contribute(id, "2024-01", "135.00", "2024-01-10", null), 201);

        JsonNode same = json(officer.contribute(id, "2024-01", "135", "2024-01-10", null), 200);
        WebResponse different = officer.contribute(id, "2024-01", "135.00", "2024-01-11", null);

        assertThat(same.get("created").asBoolean()).isFalse();
        assertThat(different.status()).isEqualTo(409);
        JsonNode problem = CoverageApi.JSON.readTree(different.body());
        assertThat(problem.get("detail").asString()).contains("déjà enregistrée");
        assertThat(problem.get("existing").get("paidOn").asString()).isEqualTo("2024-01-10");
        assertThat(contributions(id)).isEqualTo(1);
    }

    @Test
    void badContributionsAreRefusedWithTranslatedMessagesAndNothingIsWritten() {
        long id = enrolled();

        WebResponse future = officer.contribute(id, "2099-01", "135.00", "2024-01-10", null);
        WebResponse zero = officer.contribute(id, "2024-01", "0", "2024-01-10", null);
        WebResponse recordedBeforePaid = officer.contribute(id, "2024-01", "135.00", "2024-01-10", "2024-01-05");
        WebResponse futurePayment = officer.contribute(id, "2024-01", "135.00", "2099-01-10", null);

        assertThat(error(json(future, 400), "month")).contains("mois à venir");
        assertThat(error(json(zero, 400), "amount")).contains("supérieur à zéro");
        assertThat(error(json(recordedBeforePaid, 400), "recordedOn")).contains("avant qu’il soit fait");
        assertThat(error(json(futurePayment, 400), "paidOn")).contains("futur");
        assertThat(contributions(id)).isZero();
    }

    @Test
    void anAmountOtherThanTheRegimeParameterIsRecordedWithAWarning() {
        long id = enrolled();

        JsonNode created = json(officer.contribute(id, "2024-02", "100.00", "2024-02-10", null), 201);

        assertThat(created.get("warnings").get(0).asString()).contains("135.00").contains("UNTAXED");
    }

    @Test
    void contributionsOfAnArtisanNotEnrolledAreRefused() {
        long id = officer.freshArtisan();

        WebResponse refused = officer.contribute(id, "2024-01", "135.00", "2024-01-10", null);

        assertThat(error(json(refused, 400), "artisan")).contains("pas immatriculé");
    }

    @Test
    void aClaimIsFiledWithItsIdAndClaimsBeforeTheEnrolmentAreRefused() {
        long id = enrolled();

        JsonNode filed = json(
                officer.post(
                        "/api/v1/coverage/artisans/" + id + "/claims",
                        "{\"careDate\":\"2024-05-20\",\"filedOn\":\"2024-05-25\",\"amountClaimed\":840.50,"
                                + "\"decision\":\"REJECTED\",\"decidedOn\":\"2024-06-15\",\"rejectionReason\":\"RIGHTS\"}"),
                201);
        WebResponse beforeEnrolment = officer.post(
                "/api/v1/coverage/artisans/" + id + "/claims",
                "{\"careDate\":\"2023-11-20\",\"filedOn\":\"2023-11-25\",\"amountClaimed\":100}");
        WebResponse rejectedWithoutReason = officer.post(
                "/api/v1/coverage/artisans/" + id + "/claims",
                "{\"careDate\":\"2024-05-20\",\"filedOn\":\"2024-05-25\",\"amountClaimed\":100,"
                        + "\"decision\":\"REJECTED\",\"decidedOn\":\"2024-06-15\"}");
        JsonNode claims = json(officer.get("/api/v1/coverage/artisans/" + id + "/claims"), 200);

        assertThat(filed.get("id").asLong()).isPositive();
        assertThat(error(json(beforeEnrolment, 400), "careDate")).contains("précèdent l’immatriculation");
        assertThat(error(json(rejectedWithoutReason, 400), "rejectionReason")).contains("motif");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).get("amountClaimed").decimalValue()).isEqualByComparingTo("840.50");
    }

    @Test
    void chamberAgentsGetNoHealthDataAndOfficersNothingOfAnotherRegion() {
        long draa = enrolled();
        long fesArtisan = RegistryFixtures.artisanIn("231").registered(port);

        assertThat(agent.get("/api/v1/coverage/artisans/" + draa + "/enrolment").status())
                .isEqualTo(403);
        assertThat(agent.rights(draa, "2024-05", "2024-05-10", "ENTITLED").status())
                .isEqualTo(403);
        assertThat(fes.get("/api/v1/coverage/artisans/" + draa + "/claims").status())
                .isEqualTo(403);
        assertThat(fes.get("/api/v1/coverage/retroactive").status()).isEqualTo(403);
        assertThat(officer.enrol(fesArtisan, "UNTAXED", "2023-12-15", null).status())
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/coverage/artisans/" + draa + "/enrolment").status())
                .isEqualTo(200);
    }

    private long enrolled() {
        long id = officer.freshArtisan();
        json(officer.enrol(id, "UNTAXED", "2023-12-15", null), 201);
        return id;
    }

    private int contributions(long id) {
        return jdbc.queryForObject("select count(*) from cov_contribution where artisan_id = ?", Integer.class, id);
    }

    private int audited(long id, String action) {
        return jdbc.queryForObject(
                "select count(*) from plat_audit_record where entity_type = 'CoverageFile' and entity_id = ?"
                        + " and action = ?",
                Integer.class,
                String.valueOf(id),
                action);
    }
}
