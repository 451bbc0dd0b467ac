package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A chamber manager types a Latin name in the register's search box and finds the file written only in
 * Arabic, then opens the review queue (filled on first start by the demo's look-alikes) and decides a pair.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@BrowserJourney
class DuplicateJourneyIT {

    private ChromeDriver browser;
    private Journey journey;

    @Test
    void aManagerFindsAnArabicOnlyFileByItsLatinNameAndReviewsAPair() {
        journey.login("manager.draa");
        browser.get(journey.url("/registry/artisans?lang=fr"));
        browser.findElement(By.id("identity-q")).sendKeys("Mohamed Ouahdou");
        journey.click(By.cssSelector("#identity-search button[type=submit]"));

        WebElement results = browser.findElement(By.id("search-results"));
        assertThat(results.getText()).contains("محمد أوحدو").contains("J700001");
        journey.screenshot("duplicates-1-search-latin-finds-arabic");

        browser.get(journey.url("/registry/duplicates?lang=fr"));
        assertThat(browser.findElements(By.cssSelector("tr.pair-row"))).isNotEmpty();
        journey.screenshot("duplicates-2-queue");
        journey.click(By.cssSelector("tr.pair-row a.review-pair"));
        assertThat(browser.findElement(By.id("pair-compare")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("pair-score")).getText()).endsWith("%");
        journey.screenshot("duplicates-3-pair");
        journey.click(By.id("not-duplicate"));

        assertThat(browser.findElement(By.cssSelector("main .alert-success")).getText())
                .contains("ne sera plus proposée");
    }
}
