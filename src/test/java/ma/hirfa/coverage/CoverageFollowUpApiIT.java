package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.error;
import static ma.hirfa.coverage.CoverageApi.json;
import static org.assertj.core.api.Assertions.assertThat;

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

/** The API side of what the artisan's page does: a decision on a filed claim, notes, beneficiaries one by one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CoverageFollowUpApiIT {

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

    @Test
    void theFundsDecisionArrivingLaterIsRecordedWithTheFilingRulesAndAnEntitledRejectionBecomesOwed() {
        long id = officer.freshArtisan();
        json(officer.enrol(id, "CPU", "2023-12-01", null), 201);
        for (String month : new String[] {"2024-01", "2024-02", "2024-03", "2024-04", "2024-05"}) {
            json(officer.contribute(id, month, "120.00", month + "-20", "2024-07-10"), 201);
        }
        long claim = json(
                        officer.post(
                                "/api/v1/coverage/artisans/" + id + "/claims",
                                "{\"careDate\":\"2024-05-22\",\"filedOn\":\"2024-05-30\",\"amountClaimed\":500}"),
                        201)
                .get("id")
                .asLong();
        String decision = "/api/v1/coverage/artisans/" + id + "/claims/" + claim + "/decision";

        WebResponse withoutReason = officer.put(decision, "{\"decision\":\"REJECTED\",\"decidedOn\":\"2099-06-15\"}");
        WebResponse withoutDecision = officer.put(decision, "{\"decidedOn\":\"2024-06-15\"}");
        WebResponse tooPrecise = officer.put(
                decision, "{\"decision\":\"REIMBURSED\",\"decidedOn\":\"2024-06-15\",\"amountReimbursed\":10.125}");
        assertThat(error(json(withoutReason, 400), "rejectionReason")).contains("motif");
        assertThat(error(json(withoutReason, 400), "decidedOn")).contains("futur");
        assertThat(error(json(withoutDecision, 400), "decision")).contains("Choisissez la réponse de la caisse");
        assertThat(error(json(tooPrecise, 400), "amountReimbursed")).contains("deux décimales");
        assertThat(owed(claim)).isFalse();

        JsonNode rejected = json(
                officer.put(
                        decision,
                        "{\"decision\":\"REJECTED\",\"decidedOn\":\"2024-06-15\",\"rejectionReason\":\"RIGHTS\"}"),
                200);

        assertThat(rejected.get("decision").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("decidedOn").asString()).isEqualTo("2024-06-15");
        assertThat(owed(claim)).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'CoverageClaim'"
                                + " and entity_id = ? and action = 'UPDATE'",
                        Integer.class,
                        String.valueOf(claim)))
                .isEqualTo(1);

        long other = officer.freshArtisan();
        assertThat(officer.put("/api/v1/coverage/artisans/" + other + "/claims/" + claim + "/decision", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(agent.put(decision, "{\"decision\":\"PENDING\"}").status()).isEqualTo(403);
        assertThat(fes.put(decision, "{\"decision\":\"PENDING\"}").status()).isEqualTo(403);

        String notes = "/api/v1/coverage/artisans/" + id + "/claims/" + claim + "/notes";
        assertThat(json(officer.post(notes, "{\"note\":\"Dossier renvoyé à la CNSS\"}"), 201))
                .hasSize(1);
        assertThat(error(json(officer.post(notes, "{\"note\":\"\"}"), 400), "note"))
                .contains("Écrivez la note");
        assertThat(json(officer.get(notes), 200).get(0).get("note").asString()).isEqualTo("Dossier renvoyé à la CNSS");
        assertThat(agent.get(notes).status()).isEqualTo(403);
    }

    @Test
    void beneficiariesAreAddedAndRemovedOneByOneAndTheEnrolmentKeepsThemWhenCorrected() {
        long id = officer.freshArtisan();
        json(officer.enrol(id, "UNTAXED", "2023-12-15", null), 201);
        String path = "/api/v1/coverage/artisans/" + id + "/beneficiaries";

        JsonNode child = json(
                officer.post(
                        path, "{\"relation\":\"CHILD\",\"fullName\":\"Salma Idrissi\",\"birthDate\":\"2012-09-01\"}"),
                201);
        WebResponse twice = officer.post(
                path, "{\"relation\":\"CHILD\",\"fullName\":\"Salma Idrissi\",\"birthDate\":\"2012-09-01\"}");
        WebResponse nameless = officer.post(path, "{\"relation\":\"SPOUSE\",\"fullName\":\" \"}");
        json(officer.enrol(id, "UNTAXED", "2023-12-20", null), 200);

        assertThat(error(json(twice, 400), "fullName")).contains("déjà dans la liste");
        assertThat(error(json(nameless, 400), "fullName")).contains("obligatoire");
        JsonNode listed = json(officer.get(path), 200);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asLong())
                .as("correcting the enrolment keeps the beneficiaries and their ids")
                .isEqualTo(child.get("id").asLong());
        assertThat(agent.post(path, "{\"relation\":\"CHILD\",\"fullName\":\"X\"}")
                        .status())
                .isEqualTo(403);

        assertThat(officer.delete(path + "/" + child.get("id").asLong()).status())
                .isEqualTo(204);
        assertThat(json(officer.get(path), 200)).isEmpty();
        assertThat(error(json(officer.delete(path + "/" + child.get("id").asLong()), 400), "beneficiary"))
                .contains("n’est plus dans la liste");
    }

    @Test
    void theDecisionNotesAndBeneficiariesAreDescribedInTheOpenApiDocument() {
        String docs = new ma.hirfa.support.WebSession(port).get("/v3/api-docs").body();

        assertThat(docs)
                .contains("/api/v1/coverage/artisans/{id}/claims/{claimId}/decision")
                .contains("/api/v1/coverage/artisans/{id}/claims/{claimId}/notes")
                .contains("/api/v1/coverage/artisans/{id}/beneficiaries/{beneficiaryId}")
                .contains("Record or correct the fund");
    }

    private boolean owed(long claimId) {
        for (JsonNode n : json(officer.get("/api/v1/coverage/retroactive"), 200)) {
            if (n.get("claimId").asLong() == claimId) {
                return true;
            }
        }
        return false;
    }
}
