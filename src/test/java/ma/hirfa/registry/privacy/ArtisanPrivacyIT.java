package ma.hirfa.registry.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ArtisanPrivacyIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void consentsAreRecordedPerPurposeAndAudited() {
        long id = someDraaArtisan();
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/" + id);

        WebResponse saved = agent.post(
                "/registry/artisans/" + id + "/consents", Map.of("REGISTRATION", "true", "SHOWCASE", "true"));

        assertThat(saved.status()).isEqualTo(302);
        String api = new WebSession(port)
                .get("/api/v1/registry/artisans/" + id + "/consents", "Authorization", AGENT)
                .body();
        assertThat(api)
                .contains("{\"purpose\":\"SHOWCASE\",\"granted\":true")
                .contains("{\"purpose\":\"SMS\",\"granted\":false");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'Consent' and entity_id = ?",
                        Integer.class,
                        id + "/SHOWCASE"))
                .isEqualTo(1);

        agent.get("/registry/artisans/" + id);
        agent.post("/registry/artisans/" + id + "/consents", Map.of("REGISTRATION", "true"));
        assertThat(new WebSession(port)
                        .get("/api/v1/registry/artisans/" + id + "/consents", "Authorization", AGENT)
                        .body())
                .contains("{\"purpose\":\"SHOWCASE\",\"granted\":false");
    }

    @Test
    void readOnlyRolesAndOtherRegionsCannotTouchConsents() {
        long id = someDraaArtisan();
        WebSession client = new WebSession(port);

        WebResponse ministry = client.get(
                "/api/v1/registry/artisans/" + id + "/consents",
                "Authorization",
                WebSession.basic("ministry", "demo1234"));
        WebResponse fes = client.get(
                "/api/v1/registry/artisans/" + id + "/export",
                "Authorization",
                WebSession.basic("agent.fes", "demo1234"));

        assertThat(ministry.status()).isEqualTo(200);
        assertThat(fes.status()).isEqualTo(404);
        assertThat(WebSession.loggedIn(port, "agent.fes")
                        .get("/registry/artisans/" + id + "/export.json")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theExportHoldsEverythingAndIsItselfAudited() throws Exception {
        long id = someDraaArtisan();
        String nationalId = jdbc.queryForObject("select national_id from reg_artisan where id = ?", String.class, id);
        int readsBefore = reads(id);

        String json = new WebSession(port)
                .get("/api/v1/registry/artisans/" + id + "/export", "Authorization", AGENT)
                .body();
        byte[] pdf = WebSession.loggedIn(port, "agent.draa").download("/registry/artisans/" + id + "/export.pdf");

        assertThat(json)
                .contains("\"nationalId\":\"" + nationalId + "\"")
                .contains("\"timeline\"")
                .contains("\"consents\"")
                .contains("\"changes\"")
                .contains("\"action\":\"CREATE\"");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(nationalId);
        }
        assertThat(reads(id)).isEqualTo(readsBefore + 2);
    }

    private int reads(long id) {
        return jdbc.queryForObject(
                "select count(*) from plat_audit_record where entity_type = 'Artisan' and entity_id = ? and action = 'READ'",
                Integer.class,
                String.valueOf(id));
    }

    private long someDraaArtisan() {
        return RegistryFixtures.artisanIn("401").registered(port);
    }
}
