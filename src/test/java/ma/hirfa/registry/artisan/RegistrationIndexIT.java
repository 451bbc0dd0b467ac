package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file and its identity-index entry are saved together or not at all (ADR 0061): a registration whose index
 * write fails saves nothing and says so in the user's language (never a 500, never "nothing saved" for a saved
 * file); a registration answered 201 is found by the search at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class RegistrationIndexIT {

    private static final String AGENT = WebSession.basic("agent.draa", PlatformFixtures.PASSWORD);
    private static final String MANAGER = WebSession.basic("manager.draa", PlatformFixtures.PASSWORD);
    private static final String ADMIN = WebSession.basic("admin", PlatformFixtures.PASSWORD);
    /** The index refuses entries of these national ids, as a broken index write would. */
    private static final String BROKEN = "alter table mat_identity add constraint test_index_broken"
            + " check (national_id is null or national_id not in ('IX700001', 'IX700002'))";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @BeforeEach
    void staffAndABrokenIndex() {
        PlatformFixtures.staff(accounts);
        jdbc.execute(BROKEN);
    }

    @AfterEach
    void indexMended() {
        jdbc.execute("alter table mat_identity drop constraint if exists test_index_broken");
    }

    @Test
    void aRegistrationWhoseIndexWriteFailsSavesNothingAndSaysSoInTheCallersLanguage() {
        long auditBefore = audited();

        WebResponse refused = register("IX700001", "Indexrefuse", "ar");

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.body())
                .contains("\"code\":\"" + ArtisanIdentities.INDEX_FAILED + "\"")
                .contains(text(ArtisanIdentities.INDEX_FAILED, "ar"))
                .doesNotContain("Exception")
                .doesNotContain("mat_identity");
        assertThat(files("IX700001")).as("the file").isZero();
        assertThat(jdbc.queryForObject("select count(*) from mat_identity where national_id = 'IX700001'", Long.class))
                .as("its index entry")
                .isZero();
        assertThat(audited()).as("audit records").isEqualTo(auditBefore);
        WebResponse chain = new WebSession(port).get("/api/v1/audit/verification", "Authorization", ADMIN);
        assertThat(chain.body()).as("the audit chain after the rollback").contains("\"intact\":true");

        // the index works again: the same request registers the person once, and the search finds them at once
        indexMended();
        WebResponse created = register("IX700001", "Indexrefuse", "fr");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(files("IX700001")).isEqualTo(1);
        assertThat(search("Indexrefuse")).contains("\"id\":" + idOf(created));
    }

    @Test
    void theFormWhoseIndexWriteFailsComesBackWithTheMessageAndItsValuesAndNothingIsSaved() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/new?lang=fr");

        WebResponse refused = agent.post("/registry/artisans", form("IX700002"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(html(text(ArtisanIdentities.INDEX_FAILED, "fr")))
                .contains("value=\"IX700002\"")
                .contains("value=\"Zagouri\"");
        assertThat(files("IX700002")).isZero();
    }

    @Test
    void aFileIsFoundTheMomentItsRegistrationOrApprovalIsAnswered() {
        WebResponse created = register("IX700003", "Sitot", "fr");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = idOf(created);
        assertThat(search("Sitot")).contains("\"id\":" + id);

        assertThat(step(AGENT, id, "submit").status()).isEqualTo(200);
        WebResponse approved = step(MANAGER, id, "approve");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        String number = approved.body().replaceAll("(?s).*\"registrationNumber\":\"([^\"]+)\".*", "$1");
        assertThat(search(number)).contains("\"id\":" + id).contains("REGISTRATION_NUMBER");
    }

    private WebResponse register(String nationalId, String lastName, String language) {
        String body = "{\"nationalId\":\"" + nationalId + "\",\"firstNameAr\":\"حسن\",\"lastNameAr\":\"أمزيان\","
                + "\"firstNameLat\":\"Hassan\",\"lastNameLat\":\"" + lastName + "\",\"sex\":\"M\","
                + "\"birthDate\":\"1979-04-03\",\"provinceCode\":\"401\",\"craftCode\":\"P02\","
                + "\"category\":\"ARTISAN\",\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":12,"
                + "\"taxStatus\":\"UNTAXED\"}";
        return new WebSession(port)
                .postJson("/api/v1/registry/artisans", body, "Authorization", AGENT, "Accept-Language", language);
    }

    private WebResponse step(String credentials, long id, String action) {
        return new WebSession(port)
                .postJson("/api/v1/registry/artisans/" + id + "/" + action, "{}", "Authorization", credentials);
    }

    private String search(String q) {
        WebResponse found = new WebSession(port).get("/api/v1/registry/artisans/search?q=" + q, "Authorization", AGENT);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.body();
    }

    private long files(String nationalId) {
        return jdbc.queryForObject("select count(*) from reg_artisan where national_id = ?", Long.class, nationalId);
    }

    private long audited() {
        return jdbc.queryForObject("select count(*) from plat_audit_record", Long.class);
    }

    private static long idOf(WebResponse created) {
        return Long.parseLong(created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Map<String, String> form(String nationalId) {
        return RegistryFixtures.registrationForm(nationalId, "Zagouri", "1981-06-02", "06 12 34 56 79");
    }
}
