package ma.hirfa.registry.organisation;

import static ma.hirfa.registry.organisation.OrganisationFixtures.atlasEnterpriseIn;
import static ma.hirfa.registry.organisation.OrganisationFixtures.cooperativeIn;
import static ma.hirfa.registry.organisation.OrganisationFixtures.newIce;
import static ma.hirfa.registry.organisation.OrganisationFixtures.oasisCooperativeIn;
import static ma.hirfa.registry.organisation.RegistryApi.COOPERATIVES;
import static ma.hirfa.registry.organisation.RegistryApi.ENTERPRISES;
import static ma.hirfa.registry.organisation.RegistryApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class OrganisationWorkflowIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final RegistryApi agent = new RegistryApi(() -> port, "agent.draa");
    final RegistryApi manager = new RegistryApi(() -> port, "manager.draa");
    final RegistryApi admin = new RegistryApi(() -> port, "admin");
    final RegistryApi fes = new RegistryApi(() -> port, "agent.fes");

    @Test
    void aCooperativeWithAPresidentIsSubmittedAndApprovedByAnotherPersonWithANumber() {
        JsonNode created = json(agent.post(COOPERATIVES, oasisCooperativeIn("401")), 201);
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");

        assertThat(agent.step(COOPERATIVES, id, "submit").status()).isEqualTo(409);
        long president = agent.registeredArtisan("401", manager);
        JsonNode withPresident = json(agent.addMember(COOPERATIVES, id, president, "PRESIDENT"), 200);
        assertThat(withPresident.get("members").get(0).get("role").asString()).isEqualTo("PRESIDENT");
        json(agent.step(COOPERATIVES, id, "submit"), 200);
        assertThat(agent.step(COOPERATIVES, id, "approve").status()).isEqualTo(403);

        JsonNode registered = json(manager.step(COOPERATIVES, id, "approve"), 200);

        assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(registered.get("registrationNumber").asString()).matches("08-401-\\d{4}-\\d{6}");
        assertThat(json(manager.get(COOPERATIVES + "/" + id), 200).get("status").asString())
                .isEqualTo("REGISTERED");
        assertThat(manager.get(ENTERPRISES + "/" + id).status()).isEqualTo(404);
        assertThat(count("select count(*) from reg_organisation_event where organisation_id = ?", id))
                .isEqualTo(3);
    }

    @Test
    void whoeverSubmitsCannotApproveReturnOrReject() {
        long id = manager.create(COOPERATIVES, oasisCooperativeIn("587"));
        json(manager.addMember(COOPERATIVES, id, agent.registeredArtisan("587", manager), "PRESIDENT"), 200);
        json(manager.step(COOPERATIVES, id, "submit"), 200);

        WebResponse approval = manager.step(COOPERATIVES, id, "approve");
        WebResponse rejection = manager.step(COOPERATIVES, id, "reject", "Accept-Language", "fr");

        assertThat(approval.status()).isEqualTo(409);
        assertThat(rejection.status()).isEqualTo(409);
        assertThat(rejection.body()).contains("une autre personne doit le valider");
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void anEnterpriseWithoutSupervisorIsRefusedWithTranslatedErrors() {
        String body = atlasEnterpriseIn("201", newIce(), null);

        WebResponse french = agent.post(ENTERPRISES, body, "Accept-Language", "fr");
        WebResponse arabic = agent.post(ENTERPRISES, body, "Accept-Language", "ar");

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.body()).contains("\"supervisorId\"").contains("encadre sa production");
        assertThat(arabic.status()).isEqualTo(400);
        assertThat(arabic.body()).contains("المشرف على إنتاجها");
        long supervisor = agent.registeredArtisan("201", manager);
        JsonNode created = json(agent.post(ENTERPRISES, atlasEnterpriseIn("201", newIce(), supervisor)), 201);
        assertThat(created.get("kind").asString()).isEqualTo("ENTERPRISE");
        assertThat(created.get("supervisor").get("artisanId").asLong()).isEqualTo(supervisor);
    }

    @Test
    void anIceHasFifteenDigitsIsRequiredForEnterprisesAndUniqueAmongActiveOrganisations() {
        long supervisor = agent.registeredArtisan("363", manager);
        WebResponse malformed = agent.post(COOPERATIVES, cooperativeIn("363", "12345"), "Accept-Language", "fr");
        WebResponse missing =
                agent.post(ENTERPRISES, atlasEnterpriseIn("363", null, supervisor), "Accept-Language", "fr");
        String ice = newIce();
        long first = agent.create(ENTERPRISES, atlasEnterpriseIn("363", ice, supervisor));

        WebResponse duplicate = agent.post(COOPERATIVES, cooperativeIn("363", ice), "Accept-Language", "fr");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"ice\"").contains("15 chiffres");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Une entreprise doit avoir un ICE");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.location()).endsWith(ENTERPRISES + "/" + first);
        assertThat(duplicate.body()).contains("\"existing\":\"" + ENTERPRISES + "/" + first + "\"");
    }

    @Test
    void aMemberMustBeARegisteredArtisanOfTheSameRegion() {
        long id = agent.create(COOPERATIVES, oasisCooperativeIn("577"));
        long draft = agent.draftArtisan("577");
        long ofFes = fes.registeredArtisan("231", admin);
        long registered = agent.registeredArtisan("577", manager);

        WebResponse notRegistered = agent.addMember(COOPERATIVES, id, draft, "MEMBER", "Accept-Language", "fr");
        WebResponse elsewhere = agent.addMember(COOPERATIVES, id, ofFes, "MEMBER", "Accept-Language", "fr");
        WebResponse elsewhereForAdmin = admin.addMember(COOPERATIVES, id, ofFes, "MEMBER", "Accept-Language", "fr");
        json(agent.addMember(COOPERATIVES, id, registered, "TREASURER"), 200);
        WebResponse twice = agent.addMember(COOPERATIVES, id, registered, "MEMBER");

        assertThat(notRegistered.status()).isEqualTo(400);
        assertThat(notRegistered.body()).contains("doit être immatriculé");
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("dans votre région");
        assertThat(elsewhereForAdmin.status()).isEqualTo(400);
        assertThat(elsewhereForAdmin.body()).contains("même région");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(count("select count(*) from reg_organisation_member where organisation_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void organisationsOfAnotherRegionAreInvisibleToEveryEndpoint() {
        long id = agent.create(COOPERATIVES, oasisCooperativeIn("401"));
        long president = agent.registeredArtisan("401", manager);
        json(agent.addMember(COOPERATIVES, id, president, "PRESIDENT"), 200);

        assertThat(fes.get(COOPERATIVES + "/" + id).status()).isEqualTo(404);
        for (String action : List.of("submit", "approve", "return", "reject", "suspend", "strike-off", "reinstate")) {
            assertThat(fes.step(COOPERATIVES, id, action).status()).as(action).isEqualTo(404);
        }
        assertThat(fes.addMember(COOPERATIVES, id, president, "MEMBER").status())
                .isEqualTo(404);
        assertThat(fes.get(COOPERATIVES + "?province=401").body()).isEqualTo("[]");
        WebSession pages = WebSession.loggedIn(port, "agent.fes");
        String page = "/registry/organisations/" + id;
        for (String path : List.of(page, page + "/edit")) {
            assertThat(pages.get(path).status()).as(path).isEqualTo(404);
        }
        pages.get("/registry/organisations");
        for (String path : List.of(page + "/transitions/submit", page + "/members", page + "/members/1/removal")) {
            assertThat(pages.post(path, Map.of("reference", "J1", "role", "MEMBER"))
                            .status())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void thePageShowsTheOrganisationInArabicAndAMemberIsAddedByRegistrationNumber() {
        long id = agent.create(COOPERATIVES, oasisCooperativeIn("587"));
        long artisan = agent.registeredArtisan("587", manager);
        String number =
                jdbc.queryForObject("select registration_number from reg_artisan where id = ?", String.class, artisan);
        WebSession pages = WebSession.loggedIn(port, "manager.draa");
        pages.get("/registry/organisations/" + id + "?lang=ar");

        WebResponse added = pages.post(
                "/registry/organisations/" + id + "/members", Map.of("reference", number, "role", "PRESIDENT"));
        WebResponse page = pages.get("/registry/organisations/" + id + "?lang=ar");

        assertThat(added.status()).isEqualTo(302);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("lang=\"ar\"", "dir=\"rtl\"", "تعاونية الواحة للنسيج", "تمت إضافة العضو", "الرئيس", number);
        assertThat(pages.get("/registry/organisations?kind=COOPERATIVE&province=587")
                        .body())
                .contains("تعاونية الواحة للنسيج");
    }

    @Test
    void everyChangeIsAuditedWithTheStateBeforeAndAfter() {
        long id = agent.create(COOPERATIVES, oasisCooperativeIn("201"));
        long president = agent.registeredArtisan("201", manager);
        json(agent.addMember(COOPERATIVES, id, president, "PRESIDENT"), 200);
        json(agent.step(COOPERATIVES, id, "submit"), 200);

        List<Map<String, Object>> records = jdbc.queryForList(
                "select * from plat_audit_record where entity_type = 'Organisation' and entity_id = ? order by seq",
                String.valueOf(id));

        assertThat(records).hasSize(3);
        assertThat(records.get(0)).containsEntry("action", "CREATE").containsEntry("actor", "agent.draa");
        assertThat(records.get(0)).containsEntry("region_code", "08");
        assertThat((String) records.get(0).get("after_state")).contains("Coopérative de l’Oasis");
        assertThat((String) records.get(1).get("before_state")).contains("\"members\":[]");
        assertThat((String) records.get(1).get("after_state")).contains("\"artisanId\":" + president);
        assertThat((String) records.get(2).get("after_state")).contains("\"status\":\"SUBMITTED\"");
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from reg_organisation where id = ?", String.class, id);
    }

    private int count(String sql, long id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }
}
