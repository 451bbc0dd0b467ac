package ma.hirfa.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationWorkflowIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger IDS = new AtomicInteger(100);
    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");
    private static final String MANAGER = WebSession.basic("manager.draa", "demo1234");
    private static final String ADMIN = WebSession.basic("admin", "demo1234");
    private static final String FES = WebSession.basic("agent.fes", "demo1234");
    private static final String COOPERATIVES = "/api/v1/registry/cooperatives";
    private static final String ENTERPRISES = "/api/v1/registry/enterprises";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCooperativeWithAPresidentIsSubmittedAndApprovedByAnotherPersonWithANumber() {
        JsonNode created = json(post(AGENT, COOPERATIVES, cooperative("401", null)), 201);
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");

        assertThat(post(AGENT, COOPERATIVES + "/" + id + "/submit", "{}").status())
                .isEqualTo(409);
        long president = registeredArtisan("401");
        JsonNode withPresident = json(member(AGENT, COOPERATIVES, id, president, "PRESIDENT"), 200);
        assertThat(withPresident.get("members").get(0).get("role").asString()).isEqualTo("PRESIDENT");
        json(post(AGENT, COOPERATIVES + "/" + id + "/submit", "{}"), 200);
        assertThat(post(AGENT, COOPERATIVES + "/" + id + "/approve", "{}").status())
                .isEqualTo(403);

        JsonNode registered = json(post(MANAGER, COOPERATIVES + "/" + id + "/approve", "{}"), 200);

        assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(registered.get("registrationNumber").asString()).matches("08-401-\\d{4}-\\d{6}");
        assertThat(json(get(MANAGER, COOPERATIVES + "/" + id), 200)
                        .get("status")
                        .asString())
                .isEqualTo("REGISTERED");
        assertThat(get(MANAGER, ENTERPRISES + "/" + id).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_organisation_event where organisation_id = ?", Integer.class, id))
                .isEqualTo(3);
    }

    @Test
    void whoeverSubmitsCannotApproveReturnOrReject() {
        long id = json(post(MANAGER, COOPERATIVES, cooperative("587", null)), 201)
                .get("id")
                .asLong();
        json(member(MANAGER, COOPERATIVES, id, registeredArtisan("587"), "PRESIDENT"), 200);
        json(post(MANAGER, COOPERATIVES + "/" + id + "/submit", "{}"), 200);

        WebResponse approval = post(MANAGER, COOPERATIVES + "/" + id + "/approve", "{}");
        WebResponse rejection =
                post(MANAGER, COOPERATIVES + "/" + id + "/reject", "{\"reason\":\"Doublon\"}", "Accept-Language", "fr");

        assertThat(approval.status()).isEqualTo(409);
        assertThat(rejection.status()).isEqualTo(409);
        assertThat(rejection.body()).contains("une autre personne doit le valider");
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void anEnterpriseWithoutSupervisorIsRefusedWithTranslatedErrors() {
        String body = enterprise("201", ice(), null);

        WebResponse french = post(AGENT, ENTERPRISES, body, "Accept-Language", "fr");
        WebResponse arabic = post(AGENT, ENTERPRISES, body, "Accept-Language", "ar");

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.body()).contains("\"supervisorId\"").contains("encadre sa production");
        assertThat(arabic.status()).isEqualTo(400);
        assertThat(arabic.body()).contains("المشرف على إنتاجها");
        long supervisor = registeredArtisan("201");
        JsonNode created = json(post(AGENT, ENTERPRISES, enterprise("201", ice(), supervisor)), 201);
        assertThat(created.get("kind").asString()).isEqualTo("ENTERPRISE");
        assertThat(created.get("supervisor").get("artisanId").asLong()).isEqualTo(supervisor);
    }

    @Test
    void anIceMustBeFifteenDigitsRequiredForEnterprisesAndUniqueAmongActiveOrganisations() {
        long supervisor = registeredArtisan("363");
        WebResponse malformed = post(AGENT, COOPERATIVES, cooperative("363", "12345"), "Accept-Language", "fr");
        WebResponse missing = post(AGENT, ENTERPRISES, enterprise("363", null, supervisor), "Accept-Language", "fr");
        String ice = ice();
        long first = json(post(AGENT, ENTERPRISES, enterprise("363", ice, supervisor)), 201)
                .get("id")
                .asLong();

        WebResponse duplicate = post(AGENT, COOPERATIVES, cooperative("363", ice), "Accept-Language", "fr");

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
        long id = json(post(AGENT, COOPERATIVES, cooperative("577", null)), 201)
                .get("id")
                .asLong();
        long draft = artisan(AGENT, "577");
        long fes = registeredArtisanOfFes();
        long registered = registeredArtisan("577");

        WebResponse notRegistered = member(AGENT, COOPERATIVES, id, draft, "MEMBER", "Accept-Language", "fr");
        WebResponse elsewhere = member(AGENT, COOPERATIVES, id, fes, "MEMBER", "Accept-Language", "fr");
        WebResponse elsewhereForAdmin = member(ADMIN, COOPERATIVES, id, fes, "MEMBER", "Accept-Language", "fr");
        json(member(AGENT, COOPERATIVES, id, registered, "TREASURER"), 200);
        WebResponse twice = member(AGENT, COOPERATIVES, id, registered, "MEMBER", "Accept-Language", "fr");

        assertThat(notRegistered.status()).isEqualTo(400);
        assertThat(notRegistered.body()).contains("doit être immatriculé");
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("dans votre région");
        assertThat(elsewhereForAdmin.status()).isEqualTo(400);
        assertThat(elsewhereForAdmin.body()).contains("même région");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_organisation_member where organisation_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void organisationsOfAnotherRegionAreInvisibleToEveryEndpoint() {
        long id = json(post(AGENT, COOPERATIVES, cooperative("401", null)), 201)
                .get("id")
                .asLong();
        long president = registeredArtisan("401");
        json(member(AGENT, COOPERATIVES, id, president, "PRESIDENT"), 200);
        String base = COOPERATIVES + "/" + id;

        assertThat(get(FES, base).status()).isEqualTo(404);
        for (String action : List.of("submit", "approve", "return", "reject", "suspend", "strike-off", "reinstate")) {
            assertThat(post(FES, base + "/" + action, "{\"reason\":\"x\"}").status())
                    .as(action)
                    .isEqualTo(404);
        }
        assertThat(member(FES, COOPERATIVES, id, president, "MEMBER").status()).isEqualTo(404);
        assertThat(json(get(FES, COOPERATIVES + "?q=Oasis"), 200).toString()).doesNotContain("\"id\":" + id + ",");
        WebSession pages = WebSession.loggedIn(port, "agent.fes");
        assertThat(pages.get("/registry/organisations/" + id).status()).isEqualTo(404);
        assertThat(pages.get("/registry/organisations/" + id + "/edit").status())
                .isEqualTo(404);
        pages.get("/registry/organisations");
        assertThat(pages.post("/registry/organisations/" + id + "/transitions/submit", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(pages.post("/registry/organisations/" + id + "/members", Map.of("reference", "J1", "role", "MEMBER"))
                        .status())
                .isEqualTo(404);
        assertThat(pages.post("/registry/organisations/" + id + "/members/" + president + "/removal", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void thePageShowsTheOrganisationInArabicAndAMemberIsAddedByRegistrationNumber() {
        long id = json(post(AGENT, COOPERATIVES, cooperative("587", null)), 201)
                .get("id")
                .asLong();
        long artisan = registeredArtisan("587");
        String number =
                jdbc.queryForObject("select registration_number from reg_artisan where id = ?", String.class, artisan);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/registry/organisations/" + id + "?lang=ar");

        WebResponse added = manager.post(
                "/registry/organisations/" + id + "/members", Map.of("reference", number, "role", "PRESIDENT"));
        WebResponse page = manager.get("/registry/organisations/" + id + "?lang=ar");

        assertThat(added.status()).isEqualTo(302);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("lang=\"ar\"")
                .contains("dir=\"rtl\"")
                .contains("تعاونية الواحة للنسيج")
                .contains("تمت إضافة العضو")
                .contains("الرئيس")
                .contains(number)
                .contains("تقديم");
        assertThat(manager.get("/registry/organisations?lang=ar&kind=COOPERATIVE&province=587")
                        .body())
                .contains("تعاونية الواحة للنسيج");
    }

    @Test
    void everyChangeIsAuditedWithTheStateBeforeAndAfter() {
        long id = json(post(AGENT, COOPERATIVES, cooperative("201", null)), 201)
                .get("id")
                .asLong();
        long president = registeredArtisan("201");
        json(member(AGENT, COOPERATIVES, id, president, "PRESIDENT"), 200);
        json(post(AGENT, COOPERATIVES + "/" + id + "/submit", "{}"), 200);

        List<Map<String, Object>> records = jdbc.queryForList(
                "select * from plat_audit_record where entity_type = 'Organisation' and entity_id = ? order by seq",
                String.valueOf(id));

        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("action")).isEqualTo("CREATE");
        assertThat(records.get(0).get("actor")).isEqualTo("agent.draa");
        assertThat(records.get(0).get("region_code")).isEqualTo("08");
        assertThat((String) records.get(0).get("after_state")).contains("Coopérative de l’Oasis");
        assertThat((String) records.get(1).get("before_state")).contains("\"members\":[]");
        assertThat((String) records.get(1).get("after_state")).contains("\"artisanId\":" + president);
        assertThat((String) records.get(2).get("after_state")).contains("\"status\":\"SUBMITTED\"");
    }

    private long registeredArtisan(String province) {
        long id = artisan(AGENT, province);
        json(post(AGENT, "/api/v1/registry/artisans/" + id + "/submit", "{}"), 200);
        json(post(MANAGER, "/api/v1/registry/artisans/" + id + "/approve", "{}"), 200);
        return id;
    }

    private long registeredArtisanOfFes() {
        long id = artisan(FES, "231");
        json(post(FES, "/api/v1/registry/artisans/" + id + "/submit", "{}"), 200);
        json(post(ADMIN, "/api/v1/registry/artisans/" + id + "/approve", "{}"), 200);
        return id;
    }

    private long artisan(String credentials, String province) {
        String body = "{\"nationalId\":\"JK" + IDS.incrementAndGet() + "\",\"firstNameAr\":\"فاطمة\","
                + "\"lastNameAr\":\"أيت علي\",\"firstNameLat\":\"Fatima\",\"lastNameLat\":\"Ait Ali\",\"sex\":\"F\","
                + "\"birthDate\":\"1979-03-08\",\"provinceCode\":\"" + province + "\",\"craftCode\":\"P01\","
                + "\"category\":\"ARTISAN\",\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":15}";
        return json(post(credentials, "/api/v1/registry/artisans", body), 201)
                .get("id")
                .asLong();
    }

    private static String cooperative(String province, String ice) {
        return "{\"nameAr\":\"تعاونية الواحة للنسيج\",\"nameFr\":\"Coopérative de l’Oasis\",\"crafts\":[\"P01\"],"
                + "\"addressLine\":\"Ksar Tinzouline\",\"provinceCode\":\"" + province + "\""
                + (ice == null ? "" : ",\"ice\":\"" + ice + "\"") + "}";
    }

    private static String enterprise(String province, String ice, Long supervisor) {
        return "{\"nameAr\":\"مقاولة الأطلس\",\"nameFr\":\"Entreprise Atlas\",\"crafts\":[\"P01\",\"P02\"],"
                + "\"provinceCode\":\"" + province + "\"" + (ice == null ? "" : ",\"ice\":\"" + ice + "\"")
                + (supervisor == null ? "" : ",\"supervisorId\":" + supervisor) + "}";
    }

    private static String ice() {
        return String.format("99%013d", IDS.incrementAndGet());
    }

    private WebResponse member(String credentials, String base, long id, long artisan, String role, String... headers) {
        return post(
                credentials,
                base + "/" + id + "/members",
                "{\"artisanId\":" + artisan + ",\"role\":\"" + role + "\"}",
                headers);
    }

    private WebResponse post(String credentials, String path, String body, String... headers) {
        return new WebSession(port).postJson(path, body, with(credentials, headers));
    }

    private WebResponse get(String credentials, String path) {
        return new WebSession(port).get(path, "Authorization", credentials);
    }

    private static String[] with(String credentials, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = credentials;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from reg_organisation where id = ?", String.class, id);
    }

    private static JsonNode json(WebResponse response, int expected) {
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
