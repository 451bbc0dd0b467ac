package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ArtisanRecordsIT {

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

    @Test
    void anAgentRecordsAnArtisanAndTheAuditTrailKeepsWhoAndWhat() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/new");

        WebResponse created = agent.post("/registry/artisans", form("jd 40001", "Zagora"));

        assertThat(created.status()).isEqualTo(302);
        long id = Long.parseLong(created.location().replaceAll(".*/", ""));
        assertThat(agent.get("/registry/artisans/" + id).body())
                .contains("JD40001")
                .contains("+212612345678");
        Map<String, Object> audit = jdbc.queryForMap(
                "select * from plat_audit_record where entity_type = 'Artisan' and entity_id = ?", String.valueOf(id));
        assertThat(audit.get("actor")).isEqualTo("agent.draa");
        assertThat(audit.get("region_code")).isEqualTo("08");
        assertThat(audit.get("action")).isEqualTo("CREATE");
        assertThat(audit.get("before_state")).isNull();
        assertThat((String) audit.get("after_state")).contains("\"nationalId\":\"JD40001\"");
        assertThat(audit.get("client_address")).isNotNull();

        WebResponse auditPage =
                WebSession.loggedIn(port, "admin").get("/admin/audit?entityType=Artisan&entityId=" + id);
        assertThat(auditPage.body()).contains("agent.draa").contains("JD40001");
    }

    @Test
    void anEditKeepsTheStateBeforeAndAfter() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/new");
        long id = Long.parseLong(agent.post("/registry/artisans", form("JD40002", "Alami"))
                .location()
                .replaceAll(".*/", ""));
        agent.get("/registry/artisans/" + id + "/edit");

        Map<String, String> changed = form("JD40002", "Alaoui");
        changed.put("version", "0");
        WebResponse updated = agent.post("/registry/artisans/" + id, changed);

        assertThat(updated.status()).isEqualTo(302);
        Map<String, Object> audit = jdbc.queryForMap(
                "select * from plat_audit_record where entity_type = 'Artisan' and entity_id = ? and action = 'UPDATE'",
                String.valueOf(id));
        assertThat((String) audit.get("before_state")).contains("\"lastNameLat\":\"Alami\"");
        assertThat((String) audit.get("after_state")).contains("\"lastNameLat\":\"Alaoui\"");
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/?lang=fr");
        agent.get("/registry/artisans/new");
        long id = Long.parseLong(agent.post("/registry/artisans", form("JD40003", "Haddou"))
                .location()
                .replaceAll(".*/", ""));
        Map<String, String> first = form("JD40003", "Haddou-First");
        first.put("version", "0");
        agent.get("/registry/artisans/" + id + "/edit");
        agent.post("/registry/artisans/" + id, first);

        Map<String, String> stale = form("JD40003", "Haddou-Stale");
        stale.put("version", "0");
        agent.get("/registry/artisans/" + id + "/edit");
        WebResponse refused = agent.post("/registry/artisans/" + id, stale);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Quelqu’un a modifié ce dossier entre-temps");
        assertThat(jdbc.queryForObject("select last_name_lat from reg_artisan where id = ?", String.class, id))
                .isEqualTo("Haddou-First");
    }

    @Test
    void badInputIsExplainedInTheUsersLanguageAndNothingIsSaved() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/?lang=ar");
        agent.get("/registry/artisans/new");
        int artisansBefore = count("reg_artisan");
        int auditBefore = count("plat_audit_record");
        Map<String, String> bad = form("123", "Ait\u202EAli");
        bad.put("phone", "12");

        WebResponse refused = agent.post("/registry/artisans", bad);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("رقم البطاقة الوطنية غير صحيح")
                .contains("حروف فقط")
                .contains("رقم مغربي غير صحيح");
        assertThat(count("reg_artisan")).isEqualTo(artisansBefore);
        assertThat(count("plat_audit_record")).isEqualTo(auditBefore);
    }

    @Test
    void anAgentCannotRecordAnArtisanInAnotherRegion() {
        WebSession agent = WebSession.loggedIn(port, "agent.fes");
        agent.get("/?lang=fr");
        agent.get("/registry/artisans/new");
        Map<String, String> inDraa = form("JD40004", "Ouali");

        WebResponse refused = agent.post("/registry/artisans", inDraa);

        assertThat(refused.body()).contains("Cette province n’est pas dans votre région.");
        assertThat(jdbc.queryForObject("select count(*) from reg_artisan where national_id = 'JD40004'", Integer.class))
                .isZero();
    }

    @Test
    void theApiRecordsAnArtisanAndExplainsBadInputInTheAskedLanguage() {
        WebSession client = new WebSession(port);
        String credentials = WebSession.basic("agent.draa", "demo1234");

        WebResponse created = client.postJson(
                "/api/v1/registry/artisans",
                "{\"nationalId\":\"jd40005\",\"firstNameAr\":\"سعيد\",\"lastNameAr\":\"أيت علي\",\"sex\":\"M\","
                        + "\"provinceCode\":\"577\",\"communeCode\":\"08.577.01.05\",\"craftCode\":\"P08\",\"birthDate\":\"1979-02-03\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\","
                        + "\"address\":\"Hay Al Wahda 12, Kalaat M’Gouna\",\"workshopAddress\":\"Ksar Aït Hamou\","
                        + "\"otherCrafts\":[\"P01\",\"P09\"]}",
                "Authorization",
                credentials);
        WebResponse invalid = client.postJson(
                "/api/v1/registry/artisans",
                "{\"nationalId\":\"JD40006\",\"sex\":\"F\",\"provinceCode\":\"999\",\"craftCode\":\"P01\","
                        + "\"birthDate\":\"1990-01-01\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\"}",
                "Authorization",
                credentials,
                "Accept-Language",
                "fr");
        WebResponse malformed = client.postJson("/api/v1/registry/artisans", "{not json", "Authorization", credentials);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body())
                .contains("\"nationalId\":\"JD40005\"")
                .contains("\"regionCode\":\"08\"")
                .contains("\"address\":\"Hay Al Wahda 12, Kalaat M’Gouna\"")
                .contains("\"otherCrafts\":[\"الزرابي / النسيج\",\"الزليج\"]");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body())
                .contains("Province inconnue.")
                .contains("Saisissez le prénom et le nom, en arabe ou en lettres latines.");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from reg_artisan where national_id = 'JD40006'", Integer.class))
                .isZero();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void aRefusedFormComesBackWithEveryTypedValueAndEveryMessage() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/new?lang=fr");
        Map<String, String> refused = form("JD40009", "Haddou-Refused");
        refused.put("craftCode", "NOPE");
        refused.put("otherCrafts", "NOPE2");

        WebResponse page = agent.post("/registry/artisans", refused);

        assertThat(page.status()).isEqualTo(200);
        // the date comes back as the date input reads it (ISO), whatever the page's language
        assertThat(page.body())
                .contains("value=\"1980-04-01\"")
                .contains("value=\"Haddou-Refused\"")
                .contains("id=\"craftCode-errors\"")
                .contains("id=\"otherCrafts-errors\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_artisan where last_name_lat = 'Haddou-Refused'", Integer.class))
                .isZero();
    }

    /** These files share a name, a birth date and a phone on purpose: the agent goes on past the warning. */
    private static Map<String, String> form(String nationalId, String lastNameLat) {
        return RegistryFixtures.registrationForm(nationalId, lastNameLat, "1980-04-01", "06 12 34 56 78");
    }
}
