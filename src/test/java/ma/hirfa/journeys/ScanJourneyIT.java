package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A chamber manager, in Arabic on a phone, starts the duplicate scan of her region from the review queue and
 * watches it run to its end (the streaming scan, ADR 0051): the page shows the state, the bar and the counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class ScanJourneyIT {

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void theSameWomanInArabicThenInLatin() {
        PlatformFixtures.staff(accounts);
        record("\"nationalId\":\"J710001\",\"firstNameAr\":\"فاطمة\",\"lastNameAr\":\"أيت علي\"");
        record("\"nationalId\":\"J710007\",\"firstNameLat\":\"Fatima\",\"lastNameLat\":\"Ait Ali\"");
    }

    private void record(String identity) {
        WebResponse created = new WebSession(journey.port())
                .postJson(
                        "/api/v1/registry/artisans",
                        "{" + identity + ",\"sex\":\"F\",\"birthDate\":\"1971-03-12\",\"phone\":\"0662345678\","
                                + "\"provinceCode\":\"401\",\"craftCode\":\"P01\",\"category\":\"ARTISAN\","
                                + "\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":20}",
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aManagerStartsTheScanOfHerRegionOnAPhoneInArabicAndSeesItFinish() throws InterruptedException {
        journey.phone();
        journey.login("manager.draa");
        journey.open("/registry/duplicates?lang=ar");
        journey.click(By.id("scan-start"));

        String state = "";
        for (int i = 0; i < 120 && !"انتهى".equals(state); i++) {
            Thread.sleep(500);
            try {
                state = browser.findElement(By.id("scan-state")).getText();
            } catch (WebDriverException replacedWhileRead) {
                state = ""; // htmx swapped the fragment while it was read: read it again
            }
        }
        journey.screenshot("scan-1-done-ar-phone");

        assertThat(state).isEqualTo("انتهى");
        assertThat(browser.findElement(By.id("scan-progress")).getText()).isEqualTo("100 %");
        assertThat(browser.findElement(By.id("scan-counts")).getText())
                .contains("أزواج")
                .matches(".*[0-9].*");
    }
}
