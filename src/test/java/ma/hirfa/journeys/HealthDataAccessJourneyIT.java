package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.coverage.CoverageFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Health data stays with those who may read it (issue 13, items 1 and 2), on a phone in Arabic: the coverage
 * officer reads the audit of a claim of the region, the chamber manager finds none and cannot touch the officer's
 * account, the administrator opens an account's history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class HealthDataAccessJourneyIT {

    @Autowired
    AccountService accounts;

    private Journey journey;

    private CoverageFixtures.FiledClaim claim;

    @BeforeEach
    void aClaimInDraa() {
        PlatformFixtures.staff(accounts);
        claim = CoverageFixtures.pendingWhileEntitled(journey.port());
    }

    @Test
    void theOfficerReadsTheClaimsAuditTheManagerNeitherItNorTheOfficersAccount() {
        String claimAudit = "/admin/audit?entityType=CoverageClaim&entityId=" + claim.claimId() + "&lang=ar";
        journey.phone();
        journey.login("coverage.draa");
        journey.open(claimAudit);
        assertThat(journey.browser().findElements(By.cssSelector("#audit-records tbody tr")))
                .isNotEmpty();
        assertThat(journey.text("audit-records")).contains("CoverageClaim");
        show("audit-records");
        journey.screenshot("health-1-officer-ar-phone-claim-audit");
        journey.logout();

        journey.login("manager.draa");
        journey.open(claimAudit);
        assertThat(journey.browser().findElements(By.id("audit-records"))).isEmpty();
        assertThat(journey.browser().findElement(By.tagName("main")).getText()).contains("لا توجد تسجيلات");
        journey.screenshot("health-2-manager-ar-phone-no-claim-audit");
        journey.open("/admin/users?lang=ar");
        assertThat(journey.browser().findElement(By.tagName("main")).getText()).contains("وحده المسؤول الوطني");
        assertThat(journey.browser().findElements(By.xpath("//tr[td[normalize-space()='coverage.draa']]//form")))
                .isEmpty();
        assertThat(journey.browser().findElements(By.xpath("//tr[td[normalize-space()='agent.draa']]//form")))
                .hasSize(2);
        assertThat(journey.browser().findElements(By.cssSelector("#role option[value='COVERAGE_OFFICER']")))
                .isEmpty();
        show("users");
        journey.screenshot("health-3-manager-ar-phone-users");
        journey.logout();

        journey.login("admin");
        journey.open("/admin/users?lang=ar");
        journey.click(By.xpath("//tr[td[normalize-space()='coverage.draa']]//a[contains(@class,'account-history')]"));
        // The before/after columns lie beyond a phone's width, so read the table's whole text.
        assertThat(journey.browser().findElement(By.id("audit-records")).getAttribute("textContent"))
                .contains("UserAccount")
                .contains("COVERAGE_OFFICER");
        show("audit-records");
        journey.screenshot("health-4-admin-ar-phone-account-history");
    }

    private void show(String id) {
        journey.browser()
                .executeScript(
                        "document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'})",
                        id);
    }
}
