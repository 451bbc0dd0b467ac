package ma.hirfa.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class StaffAccountsIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final Pattern PASSWORD = Pattern.compile("id=\"first-password\">([a-z0-9]{12})<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorOpensAnAccountThatWorksAndCanBeDisabled() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get("/admin/users");

        admin.post(
                "/admin/users",
                Map.of(
                        "username",
                        "agent.zagora",
                        "displayName",
                        "Agent Zagora",
                        "role",
                        "FIELD_AGENT",
                        "regionCode",
                        "08"));
        Matcher password = PASSWORD.matcher(admin.get("/admin/users").body());

        assertThat(password.find()).isTrue();
        assertThat(new WebSession(port).login("agent.zagora", password.group(1)).location())
                .doesNotContain("error");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'UserAccount' and after_state like '%agent.zagora%'",
                        Integer.class))
                .isEqualTo(1);

        long id = jdbc.queryForObject("select id from plat_user where username = 'agent.zagora'", Long.class);
        admin.get("/admin/users");
        admin.post("/admin/users/" + id + "/enabled?on=false", Map.of());
        assertThat(new WebSession(port).login("agent.zagora", password.group(1)).location())
                .endsWith("/login?error");
    }

    @Test
    void aRegionalRoleNeedsARegionAndANationalOneNone() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get("/admin/users?lang=fr");

        WebResponse noRegion = admin.post(
                "/admin/users",
                Map.of("username", "no.region", "displayName", "X", "role", "CHAMBER_AGENT", "regionCode", ""));
        WebResponse withRegion = admin.post(
                "/admin/users",
                Map.of("username", "ministry.two", "displayName", "Y", "role", "MINISTRY", "regionCode", "08"));

        assertThat(noRegion.body()).contains("Ce rôle travaille pour une région");
        assertThat(withRegion.body()).contains("Ce rôle est national");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_user where username in ('no.region', 'ministry.two')",
                        Integer.class))
                .isZero();
    }

    @Test
    void aChamberManagerOpensAgentsOfTheirRegionOnly() {
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/admin/users");

        manager.post(
                "/admin/users",
                Map.of(
                        "username",
                        "agent.tinghir",
                        "displayName",
                        "Agent Tinghir",
                        "role",
                        "CHAMBER_AGENT",
                        "regionCode",
                        "03"));
        WebResponse admin = manager.post(
                "/admin/users",
                Map.of("username", "would.be.admin", "displayName", "Z", "role", "ADMIN", "regionCode", ""));
        long fes = jdbc.queryForObject("select id from plat_user where username = 'agent.fes'", Long.class);
        manager.get("/admin/users");
        WebResponse disableFes = manager.post("/admin/users/" + fes + "/enabled?on=false", Map.of());

        assertThat(jdbc.queryForObject(
                        "select region_code from plat_user where username = 'agent.tinghir'", String.class))
                .isEqualTo("08");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(disableFes.status()).isEqualTo(404);
        assertThat(manager.get("/admin/users").body()).contains("agent.draa").doesNotContain("agent.fes");
        assertThat(WebSession.loggedIn(port, "agent.draa").get("/admin/users").status())
                .isEqualTo(403);
    }

    @Test
    void onlyAnAdministratorGrantsOrResetsARoleThatOpensHealthDataAndTheGrantIsAudited() {
        long officer = jdbc.queryForObject("select id from plat_user where username = 'coverage.draa'", Long.class);
        String hashBefore =
                jdbc.queryForObject("select password_hash from plat_user where id = ?", String.class, officer);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        String managersList = manager.get("/admin/users").body();

        WebResponse open = manager.post(
                "/admin/users",
                Map.of(
                        "username",
                        "officer.by.manager",
                        "displayName",
                        "Z",
                        "role",
                        "COVERAGE_OFFICER",
                        "regionCode",
                        "08"));
        manager.get("/admin/users");
        WebResponse reset = manager.post("/admin/users/" + officer + "/password-reset", Map.of());
        manager.get("/admin/users");
        WebResponse disable = manager.post("/admin/users/" + officer + "/enabled?on=false", Map.of());

        assertThat(open.status()).isEqualTo(403);
        assertThat(reset.status()).isEqualTo(403);
        assertThat(disable.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_user where username = 'officer.by.manager'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select password_hash from plat_user where id = ?", String.class, officer))
                .isEqualTo(hashBefore);
        assertThat(managersList)
                .as("the manager sees the officer but no button to reset or disable")
                .contains("coverage.draa")
                .doesNotContain("/admin/users/" + officer + "/password-reset")
                .contains("/admin/users/"
                        + jdbc.queryForObject("select id from plat_user where username = 'agent.draa'", Long.class)
                        + "/password-reset")
                .doesNotContain("COVERAGE_OFFICER\"");

        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get("/admin/users");
        WebResponse opened = admin.post(
                "/admin/users",
                Map.of(
                        "username",
                        "officer.tinghir",
                        "displayName",
                        "Chargé Tinghir",
                        "role",
                        "COVERAGE_OFFICER",
                        "regionCode",
                        "08"));
        long tinghir = jdbc.queryForObject("select id from plat_user where username = 'officer.tinghir'", Long.class);
        admin.get("/admin/users");
        WebResponse adminReset = admin.post("/admin/users/" + tinghir + "/password-reset", Map.of());
        String history = admin.get("/admin/audit?entityType=UserAccount&entityId=" + tinghir)
                .body();

        assertThat(opened.status()).isEqualTo(302);
        assertThat(adminReset.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body())
                .contains("/admin/audit?entityType=UserAccount&amp;entityId=" + tinghir);
        assertThat(history)
                .as("the role granted, by whom, and the reset")
                .contains("officer.tinghir")
                .contains("COVERAGE_OFFICER")
                .contains(">admin<")
                .contains("(reset)");
    }
}
