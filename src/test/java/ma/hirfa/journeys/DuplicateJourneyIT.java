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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A chamber manager types a Latin name in the register's search box and finds the file written only in
 * Arabic, then opens the review queue (where the same man entered again in Latin letters waits) and decides a
 * pair.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class DuplicateJourneyIT {

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;

    /**
     * The same man recorded twice, as when a chamber list (Arabic only) meets a fund file (Latin only): the second
     * entry is saved and the pair waits in the reviewers' queue.
     */
    @BeforeEach
    void theSameManInArabicThenInLatin() {
        PlatformFixtures.staff(accounts);
        WebResponse first = record("\"nationalId\":\"J700001\",\"firstNameAr\":\"محمد\",\"lastNameAr\":\"أوحدو\"");
        WebResponse second =
                record("\"nationalId\":\"J700007\",\"firstNameLat\":\"Mohamed\",\"lastNameLat\":\"Ouahdou\"");
        assertThat(second.header("X-Possible-Duplicates")).isNotEmpty();
        String file = first.location().replaceAll(".*(/api/v1/registry/artisans/\\d+).*", "$1");
        step(file + "/submit", "agent.draa");
        step(file + "/approve", "manager.draa");
    }

    private void step(String path, String user) {
        WebResponse done = new WebSession(journey.port())
                .postJson(path, "{}", "Authorization", WebSession.basic(user, "demo1234"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    private WebResponse record(String identity) {
        WebResponse created = new WebSession(journey.port())
                .postJson(
                        "/api/v1/registry/artisans",
                        "{" + identity + ",\"sex\":\"M\",\"birthDate\":\"1974-05-17\",\"phone\":\"0661234567\","
                                + "\"provinceCode\":\"401\",\"craftCode\":\"P01\",\"category\":\"ARTISAN\","
                                + "\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":20}",
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    @Test
    void aManagerFindsAnArabicOnlyFileByItsLatinNameAndReviewsAPair() {
        journey.login("manager.draa");
        browser.get(journey.url("/registry/artisans?lang=fr"));
        browser.findElement(By.id("q")).sendKeys("Mohamed Ouahdou");
        journey.click(By.cssSelector("#identity-search button[type=submit]"));

        WebElement results = browser.findElement(By.id("artisans"));
        assertThat(results.getText()).contains("محمد أوحدو").contains("J700001");
        journey.screenshot("duplicates-1-search-latin-finds-arabic");

        browser.get(journey.url("/registry/duplicates?lang=fr"));
        assertThat(browser.findElements(By.cssSelector("tr.pair-row"))).isNotEmpty();
        journey.screenshot("duplicates-2-queue");
        journey.click(By.cssSelector("tr.pair-row a.review-pair"));
        assertThat(browser.findElement(By.id("pair-compare")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("pair-score")).getText()).contains("%");
        journey.screenshot("duplicates-3-pair");
        journey.click(By.id("not-duplicate"));

        assertThat(browser.findElement(By.cssSelector("main .alert-success")).getText())
                .contains("ne sera plus proposée");
    }
}
