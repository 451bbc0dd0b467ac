package ma.hirfa.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.platform.audit.AuditVisibility;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail of health data (claims, enrolments, contributions) is read only by those who may read the data
 * itself: administrators and the coverage officers of the region (issue 13, item 1; ADR 0040).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CoverageAuditIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditVisibility visibility;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
        accounts.createIfAbsent(
                "coverage.fes", PlatformFixtures.PASSWORD, "Couverture Fès", Role.COVERAGE_OFFICER, "03", "fr");
    }

    @Test
    void aManagerGetsNoCoverageAuditRecordWhileTheRegionsOfficerAndTheAdministratorDo() {
        CoverageFixtures.FiledClaim filed = CoverageFixtures.pendingWhileEntitled(port);
        String claimQuery = "?entityType=CoverageClaim&entityId=" + filed.claimId();
        String fileQuery = "?entityType=CoverageFile&entityId=" + filed.artisanId();

        assertThat(api("manager.draa", "/api/v1/audit/records" + claimQuery)).isEqualTo("[]");
        assertThat(api("manager.draa", "/api/v1/audit/records" + fileQuery)).isEqualTo("[]");
        assertThat(api("manager.draa", "/api/v1/audit/records?entityType=CoverageContribution"))
                .isEqualTo("[]");
        assertThat(api("manager.draa", "/api/v1/audit/records?region=08"))
                .as("an unfiltered page holds no health record either")
                .doesNotContain("\"entityType\":\"Coverage");
        assertThat(page("manager.draa", claimQuery)).doesNotContain("audit-records");
        assertThat(page("manager.draa", "?region=08"))
                .doesNotContain(">CoverageClaim<")
                .doesNotContain(">CoverageFile<");
        assertThat(api("manager.draa", "/api/v1/registry/artisans/" + filed.artisanId() + "/export"))
                .as("the personal-data export of the artisan")
                .doesNotContain("CoverageClaim")
                .doesNotContain("CoverageFile");
        assertThat(api("coverage.fes", "/api/v1/audit/records" + claimQuery))
                .as("an officer of another region")
                .isEqualTo("[]");

        assertThat(api("coverage.draa", "/api/v1/audit/records" + claimQuery))
                .contains("\"entityType\":\"CoverageClaim\"")
                .contains("210");
        assertThat(api("coverage.draa", "/api/v1/audit/records" + fileQuery))
                .contains("CoverageFile")
                .contains("\"hash\":")
                .as("the previous link's hash stays out of the API")
                .doesNotContain("prevHash");
        assertThat(api("coverage.draa", "/api/v1/audit/records?entityType=UserAccount"))
                .as("the officer reads the audit of health data, not the rest")
                .isEqualTo("[]");
        assertThat(page("coverage.draa", claimQuery)).contains("audit-records").contains(">CoverageClaim<");
        assertThat(api("admin", "/api/v1/audit/records" + claimQuery)).contains("CoverageClaim");
        assertThat(page("admin", claimQuery)).contains(">CoverageClaim<");
    }

    @Test
    void everyTypeTheCoverageModuleAuditsIsDeclaredHealthData() {
        CoverageFixtures.pendingWhileEntitled(port);

        List<String> audited = jdbc.queryForList(
                "select distinct entity_type from plat_audit_record where entity_type like 'Coverage%'", String.class);

        assertThat(audited).contains("CoverageFile", "CoverageClaim", "CoverageContribution");
        assertThat(visibility.healthTypes()).containsAll(audited);
    }

    private String api(String user, String path) {
        WebResponse response =
                new WebSession(port).get(path, "Authorization", WebSession.basic(user, PlatformFixtures.PASSWORD));
        assertThat(response.status()).as(user + " " + path).isEqualTo(200);
        return response.body();
    }

    private String page(String user, String query) {
        WebResponse response = WebSession.loggedIn(port, user).get("/admin/audit" + query);
        assertThat(response.status()).as(user + " page").isEqualTo(200);
        return response.body();
    }
}
