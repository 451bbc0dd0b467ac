package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.support.Browsers;
import ma.hirfa.support.Journeys;
import ma.hirfa.support.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A chamber manager types a Latin name in the register's search box and finds the file written only in
 * Arabic, then opens the review queue (filled on first start by the demo's look-alikes) and decides a pair.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DuplicateJourneyIT {

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerFindsAnArabicOnlyFileByItsLatinNameAndReviewsAPair() {
        login("manager.draa");
        browser.get(url("/registry/artisans?lang=fr"));
        browser.findElement(By.id("identity-q")).sendKeys("Mohamed Ouahdou");
        click(By.cssSelector("#identity-search button[type=submit]"));

        WebElement results = browser.findElement(By.id("search-results"));
        assertThat(results.getText()).contains("محمد أوحدو").contains("J700001");
        Screenshots.take(browser, "duplicates-1-search-latin-finds-arabic");

        browser.get(url("/registry/duplicates?lang=fr"));
        assertThat(browser.findElements(By.cssSelector("tr.pair-row"))).isNotEmpty();
        Screenshots.take(browser, "duplicates-2-queue");
        click(By.cssSelector("tr.pair-row a.review-pair"));
        assertThat(browser.findElement(By.id("pair-compare")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("pair-score")).getText()).endsWith("%");
        Screenshots.take(browser, "duplicates-3-pair");
        click(By.id("not-duplicate"));

        assertThat(browser.findElement(By.cssSelector("main .alert-success")).getText())
                .contains("ne sera plus proposée");
    }

    private void login(String username) {
        Journeys.login(browser, port, username);
    }

    private void click(By target) {
        Journeys.click(browser, target);
    }

    private String url(String path) {
        return Journeys.url(port, path);
    }
}
