package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Arabic, at phone size: an agent types a name with a birth year and a province in the register's one box
 * ("موحى إغودان 1978 زاكورة") and gets the one artisan among three namesakes (issue 15, ADR 0053).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class FindTheOneJourneyIT {

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void threeNamesakes() {
        PlatformFixtures.staff(accounts);
        WebSession client = new WebSession(port);
        if (client.get("/api/v1/registry/artisans/search?q=JK587011", "Authorization", agent())
                .body()
                .contains("JK587011")) {
            return;
        }
        record(client, "JK587011", "1978-04-11", "587");
        record(client, "JK587012", "1983-08-02", "587");
        record(client, "JK401013", "1978-12-30", "401");
    }

    @Test
    void aNameWithABirthYearAndAProvinceFindsTheOneAtPhoneSize() {
        journey.phone();
        journey.login("agent.draa");
        journey.open("/registry/artisans?lang=ar");
        browser.findElement(By.id("q")).sendKeys("موحى إغودان 1978 زاكورة");
        journey.click(By.cssSelector("#identity-search button[type=submit]"));

        List<WebElement> rows = browser.findElements(By.cssSelector("tr.artisan-row"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("JK587011");
        journey.screenshot("search-find-the-one-1-name-year-province-phone-ar");

        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("موحى إغودان");
        journey.click(By.cssSelector("#identity-search button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector("tr.artisan-row"))).hasSizeGreaterThanOrEqualTo(3);
        journey.screenshot("search-find-the-one-2-namesakes-phone-ar");
    }

    private static String agent() {
        return WebSession.basic("agent.draa", "demo1234");
    }

    private static void record(WebSession client, String nationalId, String born, String province) {
        WebResponse created = client.postJson(
                "/api/v1/registry/artisans",
                "{\"nationalId\":\"" + nationalId + "\",\"firstNameAr\":\"موحى\",\"lastNameAr\":\"إغودان\","
                        + "\"firstNameLat\":\"Moha\",\"lastNameLat\":\"Ighoudane\",\"sex\":\"M\",\"birthDate\":\""
                        + born + "\",\"provinceCode\":\"" + province
                        + "\",\"craftCode\":\"P01\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\"}",
                "Authorization",
                agent());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
}
