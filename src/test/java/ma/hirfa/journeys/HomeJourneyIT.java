package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The home page says what to do: a manager of Drâa-Tafilalet, on a phone in Arabic, sees the files waiting for his
 * approval and opens exactly those; the ministry, in French, reads the national counts by region and finds no
 * button it could not use.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hirfa.demo=false", "hirfa.test.context=home-journey"})
@BrowserJourney
class HomeJourneyIT {

    @Autowired
    AccountService accounts;

    private Journey journey;

    private static boolean made;

    @BeforeEach
    void filesWaitingInDraa() {
        PlatformFixtures.staff(accounts);
        if (!made) {
            RegistryFixtures.artisanIn("401").submitted(journey.port());
            RegistryFixtures.artisanIn("587").submitted(journey.port());
            RegistryFixtures.artisanIn("201").registered(journey.port());
            RegistryFixtures.artisanIn("231").submitted(journey.port());
            made = true;
        }
    }

    @Test
    void aManagerOnAPhoneInArabicOpensTheFilesWaitingForHisApproval() {
        journey.phone();
        journey.login("manager.draa");
        journey.open("/?lang=ar");
        WebElement toApprove =
                journey.browser().findElement(By.cssSelector("#work-queue a[data-key='registry.home.toApprove']"));
        assertThat(toApprove.getText()).contains("ملفات للمصادقة").contains("2");
        assertThat(journey.browser().findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
        journey.browser()
                .executeScript(
                        "document.getElementById('work-queue').scrollIntoView({block: 'start', behavior: 'instant'})");
        journey.screenshot("home-1-manager-ar-phone");

        journey.click(By.cssSelector("#work-queue a[data-key='registry.home.toApprove']"));
        List<WebElement> rows = journey.browser().findElements(By.cssSelector("#artisans tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(journey.browser().getCurrentUrl()).contains("status=SUBMITTED");
        journey.browser()
                .executeScript(
                        "document.getElementById('artisans').scrollIntoView({block: 'start', behavior: 'instant'})");
        journey.screenshot("home-2-manager-ar-phone-files-to-approve");
    }

    @Test
    void theMinistryInFrenchReadsCountsByRegionAndSeesNoAction() {
        journey.login("ministry");
        journey.open("/?lang=fr");
        WebElement table = journey.browser().findElement(By.cssSelector("table.hirfa-home-table"));
        assertThat(table.getText()).contains("Drâa", "Fès", "Soumis");
        journey.screenshot("home-3-ministry-fr");

        journey.click(By.xpath("//table[contains(@class,'hirfa-home-table')]//tr[th[contains(.,'Drâa')]]"
                + "//a[contains(@href,'status=SUBMITTED')]"));
        assertThat(journey.browser().findElements(By.cssSelector("#artisans tbody tr")))
                .hasSize(2);
        assertThat(journey.browser().findElements(By.cssSelector("a[href$='/registry/artisans/new']")))
                .isEmpty();
        journey.screenshot("home-4-ministry-fr-list-without-actions");

        journey.click(By.cssSelector("#artisans tbody tr a"));
        assertThat(journey.browser().findElements(By.cssSelector("main form[method=post] button[type=submit]")))
                .isEmpty();
        journey.screenshot("home-5-ministry-fr-file-without-actions");
    }
}
