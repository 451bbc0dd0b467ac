package ma.hirfa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * The pages that open a form to create or change a record are refused, with the translated 403 page, to the roles
 * that may not save it: the ministry reads only, an artisan has only their own file and their VAE application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class FormPagesAccessIT {

    private static final Pattern PASSWORD = Pattern.compile("id=\"artisan-password\">([a-z0-9]{12})<");

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void theMinistryAndAnArtisanAreRefusedTheStaffFormsThatTheChamberOpens() {
        long artisanId = RegistryFixtures.artisanIn("401").registered(port);
        List<String> staffForms = List.of(
                "/registry/artisans/new",
                "/registry/artisans/" + artisanId + "/edit",
                "/registry/organisations/new",
                "/training/sessions/new",
                "/apprenticeship/contracts/new",
                "/vae/applications/new");
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        WebSession ministry = WebSession.loggedIn(port, "ministry");
        WebSession artisan = artisanOwning(artisanId, agent);

        for (String form : staffForms) {
            assertThat(agent.get(form).status()).as("the chamber opens " + form).isEqualTo(200);
            assertRefused(ministry.get(form + "?lang=fr"), "the ministry on " + form);
        }
        for (String form : List.of(
                "/registry/artisans/new",
                "/registry/organisations/new",
                "/training/sessions/new",
                "/apprenticeship/contracts/new")) {
            assertRefused(artisan.get(form + "?lang=fr"), "an artisan on " + form);
        }
        assertThat(artisan.get("/registry/artisans/" + artisanId + "/edit").status())
                .as("an artisan completes their own file")
                .isEqualTo(200);
        assertThat(artisan.get("/vae/applications/new").status())
                .as("an artisan applies for VAE themselves")
                .isEqualTo(200);
    }

    private static void assertRefused(WebResponse page, String who) {
        assertThat(page.status()).as(who).isEqualTo(403);
        assertThat(page.body()).as(who).contains("Accès refusé").contains("Votre rôle ne permet pas");
    }

    private WebSession artisanOwning(long artisanId, WebSession agent) {
        agent.get("/registry/artisans/" + artisanId);
        agent.post("/registry/artisans/" + artisanId + "/account", Map.of());
        Matcher password =
                PASSWORD.matcher(agent.get("/registry/artisans/" + artisanId).body());
        assertThat(password.find()).isTrue();
        String username =
                jdbc.queryForObject("select lower(national_id) from reg_artisan where id = ?", String.class, artisanId);
        WebSession artisan = new WebSession(port);
        assertThat(artisan.login(username, password.group(1)).location()).doesNotContain("error");
        return artisan;
    }
}
