package ma.hirfa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.ApiTokens;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.platform.account.UserAccountRepository;
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
class SecurityIT {

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    ApiTokens tokens;

    @Test
    void wrongPasswordAndUnknownUserGetTheSameTranslatedMessage() {
        WebSession browser = new WebSession(port);

        WebResponse wrongPassword = browser.login("agent.draa", "not-the-password");
        WebResponse unknownUser = browser.login("nobody.here", "demo1234");

        assertThat(wrongPassword.location()).endsWith("/login?error");
        assertThat(unknownUser.location()).isEqualTo(wrongPassword.location());
        assertThat(browser.get("/login?error").body())
                .contains("اسم المستخدم أو كلمة المرور غير صحيحة")
                .doesNotContain("agent.draa");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        accounts.createIfAbsent("lock.test", "right-password-1", "Lock test", Role.CHAMBER_AGENT, "08", "ar");
        WebSession browser = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            browser.login("lock.test", "wrong");
        }

        assertThat(browser.login("lock.test", "right-password-1").location()).endsWith("/login?error");
        assertThat(new WebSession(port)
                        .get(
                                "/api/v1/registry/artisans",
                                "Authorization",
                                WebSession.basic("lock.test", "right-password-1"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void loginRenewsTheSessionIdAndKeepsTheSessionInTheDatabase() {
        WebSession browser = new WebSession(port);
        browser.get("/login");
        String before = browser.cookie("HIRFA_SESSION");

        WebResponse login = browser.login("agent.draa", "demo1234");

        assertThat(login.status()).isEqualTo(302);
        assertThat(browser.cookie("HIRFA_SESSION")).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = 'agent.draa'", Integer.class))
                .isPositive();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");

        WebResponse response = agent.postWithoutToken("/account/tokens", Map.of("name", "no token"));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void pagesCarrySecurityHeaders() {
        WebResponse login = new WebSession(port).get("/login");

        assertThat(login.header("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theApiAcceptsBasicAuthAndPersonalTokensAndNothingElse() {
        WebSession client = new WebSession(port);
        long agentId =
                accountRepository.findByUsername("agent.draa").orElseThrow().id();
        String token = tokens.issue(agentId, "test script");

        assertThat(client.get("/api/v1/registry/artisans", "Authorization", WebSession.basic("agent.draa", "demo1234"))
                        .status())
                .isEqualTo(200);
        assertThat(client.get("/api/v1/registry/artisans", "Authorization", "Bearer " + token)
                        .status())
                .isEqualTo(200);
        WebResponse anonymous = client.get("/api/v1/registry/artisans", "Accept-Language", "fr");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Authentification requise");
        assertThat(client.get("/api/v1/registry/artisans", "Authorization", "Bearer hirfa_forged")
                        .status())
                .isEqualTo(401);

        long tokenId = jdbc.queryForObject("select max(id) from plat_api_token where user_id = ?", Long.class, agentId);
        tokens.revoke(agentId, tokenId);
        assertThat(client.get("/api/v1/registry/artisans", "Authorization", "Bearer " + token)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anAgentOfFesCannotOpenDraaTafilaletDataInPagesOrApi() {
        long draaArtisan = RegistryFixtures.artisanIn("201").draft(port);
        RegistryFixtures.artisanIn("231").draft(port); // Fès sees its own files, only those
        WebSession fes = WebSession.loggedIn(port, "agent.fes");
        WebSession draa = WebSession.loggedIn(port, "agent.draa");

        assertThat(draa.get("/registry/artisans/" + draaArtisan).status()).isEqualTo(200);
        assertThat(fes.get("/registry/artisans/" + draaArtisan).status()).isEqualTo(404);
        assertThat(fes.get("/registry/artisans/" + draaArtisan + "/edit").status())
                .isEqualTo(404);
        assertThat(fes.get("/registry/artisans").body()).doesNotContain("/registry/artisans/" + draaArtisan + "\"");
        String fesCredentials = WebSession.basic("agent.fes", "demo1234");
        assertThat(fes.get("/api/v1/registry/artisans/" + draaArtisan, "Authorization", fesCredentials)
                        .status())
                .isEqualTo(404);
        assertThat(fes.get("/api/v1/registry/artisans", "Authorization", fesCredentials)
                        .body())
                .contains("\"regionCode\":\"03\"")
                .doesNotContain("\"regionCode\":\"08\"");
    }

    @Test
    void readOnlyRolesCannotWrite() {
        String json = "{\"nationalId\":\"JZ55501\",\"firstNameLat\":\"Said\",\"lastNameLat\":\"Ait Ali\",\"sex\":\"M\","
                + "\"provinceCode\":\"401\",\"craftCode\":\"P01\",\"birthDate\":\"1980-01-01\",\"category\":\"ARTISAN\","
                + "\"qualificationBasis\":\"DIPLOMA\"}";
        WebSession client = new WebSession(port);

        WebResponse ministry = client.postJson(
                "/api/v1/registry/artisans", json, "Authorization", WebSession.basic("ministry", "demo1234"));
        WebResponse coverage = client.postJson(
                "/api/v1/registry/artisans", json, "Authorization", WebSession.basic("coverage.draa", "demo1234"));

        assertThat(ministry.status()).isEqualTo(403);
        assertThat(coverage.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from reg_artisan where national_id = 'JZ55501'", Integer.class))
                .isZero();
    }

    @Test
    void onlyAdministratorsAndManagersOpenTheAuditPage() {
        assertThat(WebSession.loggedIn(port, "agent.draa").get("/admin/audit").status())
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, "manager.draa").get("/admin/audit").status())
                .isEqualTo(200);
    }
}
