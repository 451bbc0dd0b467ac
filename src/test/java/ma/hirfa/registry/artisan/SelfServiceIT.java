package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class SelfServiceIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final Pattern PASSWORD = Pattern.compile("id=\"artisan-password\">([a-z0-9]{12})<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anArtisanSeesOnlyTheirOwnFileAndAsksForARenewalThatTheChamberHandles() {
        long id = RegistryFixtures.artisanIn("401").registered(port);
        long other = RegistryFixtures.artisanIn("587").registered(port);
        String username =
                jdbc.queryForObject("select lower(national_id) from reg_artisan where id = ?", String.class, id);
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/" + id);
        agent.post("/registry/artisans/" + id + "/account", Map.of());
        Matcher password =
                PASSWORD.matcher(agent.get("/registry/artisans/" + id).body());
        assertThat(password.find()).isTrue();

        WebSession artisan = new WebSession(port);
        assertThat(artisan.login(username, password.group(1)).location()).doesNotContain("error");
        assertThat(artisan.get("/").body()).contains("/registry/artisans/" + id);
        assertThat(artisan.get("/registry/artisans/" + id).status()).isEqualTo(200);
        assertThat(artisan.get("/registry/artisans/" + other).status()).isEqualTo(404);
        assertThat(artisan.get("/registry/artisans").body()).doesNotContain("/registry/artisans/" + other + "\"");
        assertThat(artisan.get("/admin/audit").status()).isEqualTo(403);
        String credentials = WebSession.basic(username, password.group(1));
        assertThat(artisan.get("/api/v1/registry/artisans/" + other, "Authorization", credentials)
                        .status())
                .isEqualTo(404);
        assertThat(artisan.get("/api/v1/registry/artisans/" + id + "/card.pdf", "Authorization", credentials)
                        .status())
                .isEqualTo(200);
        assertThat(artisan.postJson(
                                "/api/v1/registry/artisans/" + id + "/suspend",
                                "{\"reason\":\"x\"}",
                                "Authorization",
                                credentials)
                        .status())
                .isEqualTo(403);

        artisan.get("/registry/artisans/" + id);
        artisan.post("/registry/artisans/" + id + "/requests", Map.of("kind", "RENEWAL"));
        assertThat(agent.get("/registry/artisans/" + id + "?lang=fr").body()).contains("Renouvellement de la carte");

        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/registry/artisans/" + id);
        manager.post("/registry/artisans/" + id + "/card/renewal", Map.of());
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_request where artisan_id = ? and state = 'OPEN'", Integer.class, id))
                .isZero();
    }

    @Test
    void anArtisanCompletesAndSubmitsTheirOwnRegistrationThatTheChamberThenReviews() {
        WebResponse created = new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans",
                        "{\"nationalId\":\"JQ445566\",\"firstNameLat\":\"Touda\",\"lastNameLat\":\"Ait Ouzzine\","
                                + "\"sex\":\"F\",\"birthDate\":\"1988-08-08\",\"provinceCode\":\"587\",\"craftCode\":\"P01\","
                                + "\"category\":\"ARTISAN\",\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":9}",
                        "Authorization",
                        WebSession.basic("field.draa", "demo1234"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = jdbc.queryForObject("select id from reg_artisan where national_id = 'JQ445566'", Long.class);
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/" + id);
        agent.post("/registry/artisans/" + id + "/account", Map.of());
        Matcher password =
                PASSWORD.matcher(agent.get("/registry/artisans/" + id).body());
        assertThat(password.find()).isTrue();

        WebSession artisan = new WebSession(port);
        artisan.login("jq445566", password.group(1));
        artisan.get("/registry/artisans/" + id + "/edit");
        Map<String, String> form = new java.util.HashMap<>(Map.of(
                "nationalId",
                "JQ445566",
                "firstNameLat",
                "Touda",
                "lastNameLat",
                "Ait Ouzzine",
                "sex",
                "F",
                "birthDate",
                "1988-08-08",
                "provinceCode",
                "587",
                "craftCode",
                "P01",
                "category",
                "ARTISAN",
                "qualificationBasis",
                "EXPERIENCE",
                "experienceYears",
                "9"));
        form.put("phone", "0662 11 22 33");
        form.put("version", "0");
        assertThat(artisan.post("/registry/artisans/" + id, form).status()).isEqualTo(302);
        artisan.get("/registry/artisans/" + id);
        artisan.post("/registry/artisans/" + id + "/transitions/submit", Map.of());

        assertThat(jdbc.queryForMap("select status, submitted_by, phone from reg_artisan where id = ?", id))
                .containsEntry("status", "SUBMITTED")
                .containsEntry("submitted_by", "jq445566")
                .containsEntry("phone", "+212662112233");
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/registry/artisans/" + id);
        // the file holds no document yet: the manager approves with an override and its reason (checklist, issue 12)
        manager.post(
                "/registry/artisans/" + id + "/transitions/approve",
                Map.of("override", "true", "reason", "Pièces vues au guichet"));
        assertThat(jdbc.queryForObject("select status from reg_artisan where id = ?", String.class, id))
                .isEqualTo("REGISTERED");
    }

    @Test
    void artisansCannotOpenAccountsAndReadOnlyRolesCannotFileRequests() {
        long id = RegistryFixtures.artisanIn("401").registered(port);
        WebSession ministry = WebSession.loggedIn(port, "ministry");
        ministry.get("/registry/artisans/" + id);

        WebResponse request = ministry.post("/registry/artisans/" + id + "/requests", Map.of("kind", "CORRECTION"));
        WebResponse account = ministry.post("/registry/artisans/" + id + "/account", Map.of());

        assertThat(request.status()).isEqualTo(403);
        assertThat(account.status()).isEqualTo(403);
    }

    @Test
    void aUserChangesTheirPasswordOnlyWithTheCurrentOne() {
        jdbc.update("delete from plat_login_throttle");
        WebSession field = WebSession.loggedIn(port, "field.draa");
        field.get("/account/password?lang=fr");

        WebResponse wrong = field.post(
                "/account/password",
                Map.of("current", "nope", "next", "a-new-passphrase", "confirmation", "a-new-passphrase"));
        WebResponse mismatch = field.post(
                "/account/password",
                Map.of("current", "demo1234", "next", "a-new-passphrase", "confirmation", "another-one"));

        assertThat(wrong.body()).contains("Le mot de passe actuel n’est pas le bon.");
        assertThat(mismatch.body()).contains("Les deux mots de passe ne sont pas identiques.");
        assertThat(new WebSession(port).login("field.draa", "demo1234").location())
                .doesNotContain("error");
    }
}
