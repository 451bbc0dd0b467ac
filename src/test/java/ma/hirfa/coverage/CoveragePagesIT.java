package ma.hirfa.coverage;

import static ma.hirfa.coverage.CoverageApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a coverage officer does on an artisan's coverage page besides enrolment and payments: the spouse and
 * children, the fund's decision arriving weeks after a claim was filed, and follow-up notes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CoveragePagesIT {

    private static final Map<Integer, Long> PAID_EARLY = new HashMap<>();

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
    void anOfficerAddsAChildAndRemovesTheSpouseOnThePageAndEachChangeIsAudited() {
        long id = enrolled();
        WebSession page = officerOn(id);

        WebResponse added = page.post(
                "/coverage/artisans/" + id + "/beneficiaries",
                Map.of("relation", "CHILD", "fullName", "  Yassine   Ait Ali ", "birthDate", "2015-03-02"));
        page.post(
                "/coverage/artisans/" + id + "/beneficiaries",
                Map.of("relation", "SPOUSE", "fullName", "Fatima Ait Ali", "birthDate", ""));

        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).endsWith("/coverage/artisans/" + id + "#beneficiaries");
        String shown = page.get("/coverage/artisans/" + id + "?lang=fr").body();
        assertThat(shown).contains("Yassine Ait Ali").contains("2015-03-02").contains("Fatima Ait Ali");
        String beneficiaries = json(officer.get("/api/v1/coverage/artisans/" + id + "/enrolment"), 200)
                .get("beneficiaries")
                .toString();
        assertThat(beneficiaries).contains("\"relation\":\"CHILD\"").contains("Yassine Ait Ali");

        long spouse = jdbc.queryForObject(
                "select id from cov_beneficiary where artisan_id = ? and relation = 'SPOUSE'", Long.class, id);
        page.post("/coverage/artisans/" + id + "/beneficiaries/" + spouse + "/remove", Map.of());

        String after = page.get("/coverage/artisans/" + id + "?lang=fr").body();
        assertThat(after).contains("Ayant droit retiré de la liste.").doesNotContain("Fatima Ait Ali");
        assertThat(after).contains("Yassine Ait Ali");
        assertThat(audit("CoverageFile", id, "UPDATE"))
                .as("one record per change, with the list before and after")
                .hasSize(3);
        assertThat(audit("CoverageFile", id, "UPDATE").get(2))
                .contains("Fatima Ait Ali")
                .contains("coverage.draa");
    }

    @Test
    void aRefusedBeneficiaryComesBackWithTranslatedMessagesAndWhatWasTypedAndNothingIsWritten() {
        long id = paidEarlyRecordedLate();
        WebSession page = officerOn(id);

        page.post(
                "/coverage/artisans/" + id + "/beneficiaries",
                Map.of("relation", "", "fullName", "Khadija Oubella", "birthDate", "2099-01-01"));
        String refused = page.get("/coverage/artisans/" + id + "?lang=fr").body();
        page.post(
                "/coverage/artisans/" + id + "/beneficiaries",
                Map.of("relation", "CHILD", "fullName", " ", "birthDate", "31/02/2020"));
        String unreadable = page.get("/coverage/artisans/" + id + "?lang=ar").body();

        assertThat(refused)
                .contains("id=\"beneficiary-problems\"")
                .contains("Choisissez le lien : conjoint ou enfant.")
                .contains("Cette date ne peut pas être dans le futur.")
                .contains("value=\"Khadija Oubella\"")
                .contains("value=\"2099-01-01\"");
        assertThat(unreadable).contains("الاسم مطلوب.").contains("تاريخ غير صالح");
        assertThat(jdbc.queryForObject("select count(*) from cov_beneficiary where artisan_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void recordingARejectionForRightsOnAnEntitledClaimPutsItOnTheOwedListAndTheDashboard() {
        long id = paidEarlyRecordedLate();
        WebSession page = officerOn(id);
        page.post(
                "/coverage/artisans/" + id + "/claims",
                Map.of("careDate", "2024-05-22", "filedOn", "2024-05-30", "amountClaimed", "640.00"));
        long claim = claimOf(id);
        int owedBefore = dashboard(page, "claims-owed");
        int pendingBefore = dashboard(page, "claims-pending");
        assertThat(page.get("/coverage/retroactive?lang=fr").body()).doesNotContain("data-claim=\"" + claim + "\"");

        page.get("/coverage/artisans/" + id + "?lang=fr");
        WebResponse decided = page.post(
                "/coverage/artisans/" + id + "/claims/" + claim + "/decision",
                Map.of(
                        "decision", "REJECTED",
                        "decidedOn", "2024-06-15",
                        "rejectionReason", "RIGHTS",
                        "amountReimbursed", ""));

        assertThat(decided.location()).endsWith("#claim-" + claim);
        assertThat(page.get("/coverage/artisans/" + id + "?lang=fr").body())
                .contains("Réponse de la caisse enregistrée.")
                .contains("data-claim=\"" + claim + "\" data-decision=\"REJECTED\" data-owed=\"true\"")
                .contains("Dû rétroactivement : l’artisan avait payé à la date des soins.");
        assertThat(page.get("/coverage/retroactive?lang=fr").body()).contains("data-claim=\"" + claim + "\"");
        assertThat(dashboard(page, "claims-owed")).isEqualTo(owedBefore + 1);
        assertThat(dashboard(page, "claims-pending")).isEqualTo(pendingBefore - 1);
        assertThat(audit("CoverageClaim", claim, "UPDATE"))
                .singleElement()
                .asString()
                .contains("\"decision\":\"PENDING\"")
                .contains("\"decision\":\"REJECTED\"")
                .contains("\"rejectionReason\":\"RIGHTS\"");

        page.get("/coverage/artisans/" + id);
        page.post(
                "/coverage/artisans/" + id + "/claims/" + claim + "/decision",
                Map.of("decision", "REIMBURSED", "decidedOn", "2024-09-01", "amountReimbursed", "600,50"));

        assertThat(page.get("/coverage/retroactive?lang=fr").body())
                .as("a reimbursed claim is never owed")
                .doesNotContain("data-claim=\"" + claim + "\"");
        assertThat(page.get("/coverage/artisans/" + id + "?lang=fr").body())
                .contains("data-claim=\"" + claim + "\" data-decision=\"REIMBURSED\" data-owed=\"false\"");
        assertThat(jdbc.queryForObject("select amount_reimbursed from cov_claim where id = ?", String.class, claim))
                .startsWith("600.5");
    }

    @Test
    void aRefusedDecisionIsShownOnTheClaimWithWhatWasTypedAndTheClaimStaysAsItWas() {
        long id = paidEarlyRecordedLate();
        WebSession page = officerOn(id);
        page.post(
                "/coverage/artisans/" + id + "/claims",
                Map.of("careDate", "2024-05-22", "filedOn", "2024-05-30", "amountClaimed", "300"));
        long claim = claimOf(id);
        page.get("/coverage/artisans/" + id);

        page.post(
                "/coverage/artisans/" + id + "/claims/" + claim + "/decision",
                Map.of("decision", "REJECTED", "decidedOn", "2024-05-01", "rejectionReason", ""));
        String rejectedBadly = page.get("/coverage/artisans/" + id + "?lang=fr").body();
        page.post(
                "/coverage/artisans/" + id + "/claims/" + claim + "/decision",
                Map.of("decision", "REIMBURSED", "decidedOn", "2024-06-20", "amountReimbursed", "450"));
        String tooMuch = page.get("/coverage/artisans/" + id + "?lang=fr").body();
        page.post(
                "/coverage/artisans/" + id + "/claims/" + claim + "/decision",
                Map.of("decision", "REIMBURSED", "decidedOn", "2024-06-20", "amountReimbursed", "deux cents"));
        String unreadable = page.get("/coverage/artisans/" + id + "?lang=fr").body();

        assertThat(rejectedBadly)
                .contains("La décision ne peut pas précéder le dépôt.")
                .contains("Choisissez le motif du rejet.")
                .contains("value=\"2024-05-01\"")
                .containsPattern("<details[^>]*open");
        assertThat(tooMuch)
                .contains("Le remboursement ne peut pas dépasser le montant demandé.")
                .contains("value=\"450\"");
        assertThat(unreadable).contains("Montant invalide").contains("value=\"deux cents\"");
        assertThat(jdbc.queryForObject("select decision from cov_claim where id = ?", String.class, claim))
                .isEqualTo("PENDING");
        assertThat(audit("CoverageClaim", claim, "UPDATE")).isEmpty();
    }

    @Test
    void followUpNotesAreAddedToAClaimOnThePageAndAnEmptyOneIsRefused() {
        long id = paidEarlyRecordedLate();
        WebSession page = officerOn(id);
        page.post(
                "/coverage/artisans/" + id + "/claims",
                Map.of("careDate", "2024-05-22", "filedOn", "2024-05-30", "amountClaimed", "300"));
        long claim = claimOf(id);
        page.get("/coverage/artisans/" + id);

        page.post(
                "/coverage/artisans/" + id + "/claims/" + claim + "/notes",
                Map.of("note", "Relancé l’agence CNSS d’Errachidia par téléphone"));
        String noted = page.get("/coverage/artisans/" + id + "?lang=fr").body();
        page.post("/coverage/artisans/" + id + "/claims/" + claim + "/notes", Map.of("note", "   "));
        String refused = page.get("/coverage/artisans/" + id + "?lang=fr").body();

        assertThat(noted).contains("Note ajoutée.").contains("Relancé l’agence CNSS d’Errachidia par téléphone");
        assertThat(refused).contains("Écrivez la note avant de l’ajouter.");
        assertThat(jdbc.queryForObject("select count(*) from cov_claim_note where claim_id = ?", Integer.class, claim))
                .isEqualTo(1);
        assertThat(audit("CoverageClaim", claim, "UPDATE"))
                .singleElement()
                .asString()
                .contains("Relancé");
    }

    @Test
    void anotherRegionsArtisanOrAnotherArtisansClaimIsNotFoundAndChamberAgentsChangeNothing() {
        long id = paidEarlyRecordedLate();
        long other = officer.freshArtisan();
        WebSession page = officerOn(id);
        page.post(
                "/coverage/artisans/" + id + "/claims",
                Map.of("careDate", "2024-05-22", "filedOn", "2024-05-30", "amountClaimed", "300"));
        long claim = claimOf(id);
        long fesArtisan = RegistryFixtures.artisanIn("231").registered(port);
        Map<String, String> rejection =
                Map.of("decision", "REJECTED", "decidedOn", "2024-06-15", "rejectionReason", "RIGHTS");

        page.get("/coverage/artisans/" + id);
        assertThat(page.post(
                                "/coverage/artisans/" + fesArtisan + "/beneficiaries",
                                Map.of("relation", "CHILD", "fullName", "Amine Tazi"))
                        .status())
                .isEqualTo(404);
        assertThat(page.post("/coverage/artisans/" + other + "/claims/" + claim + "/decision", rejection)
                        .status())
                .isEqualTo(404);
        assertThat(page.post("/coverage/artisans/" + other + "/claims/" + claim + "/notes", Map.of("note", "pas ici"))
                        .status())
                .isEqualTo(404);
        for (String user : new String[] {"agent.draa", "agent.fes"}) {
            WebSession session = WebSession.loggedIn(port, user);
            session.get("/?lang=fr");
            assertThat(session.get("/coverage/artisans/" + id).status())
                    .as(user)
                    .isIn(403, 404);
            assertThat(session.post("/coverage/artisans/" + id + "/claims/" + claim + "/decision", rejection)
                            .status())
                    .as(user)
                    .isIn(403, 404);
            assertThat(session.post(
                                    "/coverage/artisans/" + id + "/beneficiaries",
                                    Map.of("relation", "CHILD", "fullName", "Amine Tazi"))
                            .status())
                    .as(user)
                    .isIn(403, 404);
            assertThat(session.post("/coverage/artisans/" + id + "/claims/" + claim + "/notes", Map.of("note", "vu"))
                            .status())
                    .as(user)
                    .isIn(403, 404);
        }
        assertThat(jdbc.queryForObject("select decision from cov_claim where id = ?", String.class, claim))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject(
                        "select count(*) from cov_beneficiary where artisan_id in (?, ?)",
                        Integer.class,
                        id,
                        fesArtisan))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from cov_claim_note where claim_id = ?", Integer.class, claim))
                .isZero();
    }

    private WebSession officerOn(long artisanId) {
        WebSession page = WebSession.loggedIn(port, "coverage.draa");
        assertThat(page.get("/coverage/artisans/" + artisanId).status()).isEqualTo(200);
        return page;
    }

    private long enrolled() {
        long id = officer.freshArtisan();
        json(officer.enrol(id, "UNTAXED", "2023-12-15", null), 201);
        return id;
    }

    /**
     * Paid every month from 2024-01 before the 20th, but the fund recorded it all in July. One such artisan per
     * application (the tests file their own claims on it).
     */
    private long paidEarlyRecordedLate() {
        synchronized (PAID_EARLY) {
            return PAID_EARLY.computeIfAbsent(port, p -> newPaidEarlyRecordedLate());
        }
    }

    private long newPaidEarlyRecordedLate() {
        long id = officer.freshArtisan();
        json(officer.enrol(id, "CPU", "2023-12-01", null), 201);
        for (String month : new String[] {"2024-01", "2024-02", "2024-03", "2024-04", "2024-05"}) {
            json(officer.contribute(id, month, "120.00", month + "-20", "2024-07-10"), 201);
        }
        return id;
    }

    private long claimOf(long artisanId) {
        return jdbc.queryForObject("select max(id) from cov_claim where artisan_id = ?", Long.class, artisanId);
    }

    private java.util.List<String> audit(String entity, long id, String action) {
        return jdbc.queryForList(
                "select coalesce(before_state, '') || ' => ' || coalesce(after_state, '') || ' by ' || actor"
                        + " from plat_audit_record where entity_type = ? and entity_id = ? and action = ? order by seq",
                String.class,
                entity,
                String.valueOf(id),
                action);
    }

    private static int dashboard(WebSession page, String figure) {
        Matcher m = Pattern.compile("id=\"" + figure + "\">(\\d+)")
                .matcher(page.get("/coverage/dashboard?lang=fr").body());
        assertThat(m.find()).as(figure).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
