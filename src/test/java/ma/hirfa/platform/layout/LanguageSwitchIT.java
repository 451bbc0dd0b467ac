package ma.hirfa.platform.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 13 item 12: {@code ?lang=} only switches this browser; the header's POST also saves the choice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class LanguageSwitchIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGetWithLangSwitchesThePageButNeitherTheSavedLanguageNorTheAuditTrail() {
        WebSession agent = signedIn("switch.get", "fr");
        int audited = audited("switch.get");

        assertThat(agent.get("/account?lang=ar").body()).contains("<html lang=\"ar\"");

        assertThat(agent.get("/account").body()).contains("<html lang=\"ar\"");
        assertThat(accounts.preferredLanguage("switch.get")).contains("fr");
        assertThat(audited("switch.get")).isEqualTo(audited);
    }

    @Test
    void theHeadersPostSwitchesSavesAuditsAndGoesBackToThePageItCameFrom() {
        WebSession agent = signedIn("switch.post", "fr");
        String page = agent.get("/registry/artisans?page=1&lang=fr").body();
        int audited = audited("switch.post");

        assertThat(page)
                .contains("action=\"/language\"")
                .contains("name=\"back\" value=\"/registry/artisans?page=1\"")
                .doesNotContain("href=\"?lang=");
        WebResponse switched = agent.post("/language", Map.of("lang", "ar", "back", "/registry/artisans?page=1"));

        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.location()).endsWith("/registry/artisans?page=1");
        assertThat(accounts.preferredLanguage("switch.post")).contains("ar");
        assertThat(audited("switch.post")).isEqualTo(audited + 1);
        assertThat(agent.get("/account").body()).contains("<html lang=\"ar\"");
    }

    @Test
    void thePostGoesBackToALocalPathOnlyAndNeedsItsToken() {
        WebSession agent = signedIn("switch.away", "fr");
        agent.get("/account");

        for (String away : new String[] {
            "//evil.example", "https://evil.example", "/\\evil.example", "evil.example", "http:/evil.example", ""
        }) {
            WebResponse switched = agent.post("/language", Map.of("lang", "zgh", "back", away));
            assertThat(switched.status()).as(away).isEqualTo(302);
            assertThat(switched.location()).as(away).isIn("/", "http://localhost:" + port + "/");
        }
        WebResponse forged = agent.postWithoutToken("/language", Map.of("lang", "ar", "back", "/"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(accounts.preferredLanguage("switch.away")).contains("zgh");
    }

    @Test
    void anonymousPagesKeepTheirLinks() {
        String login = new WebSession(port).get("/login").body();

        assertThat(login).contains("href=\"?lang=fr\"").doesNotContain("action=\"/language\"");
    }

    private WebSession signedIn(String username, String language) {
        accounts.createIfAbsent(username, "switch-pass-1", "Switch " + language, Role.CHAMBER_AGENT, "08", language);
        WebSession session = new WebSession(port);
        assertThat(session.login(username, "switch-pass-1").status()).isEqualTo(302);
        return session;
    }

    private int audited(String username) {
        return jdbc.queryForObject(
                "select count(*) from plat_audit_record where actor = ? and entity_type = 'UserAccount'",
                Integer.class,
                username);
    }
}
