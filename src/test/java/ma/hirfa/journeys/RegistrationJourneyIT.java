package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The register's promise in a real browser: an agent records an artisan in Arabic, a manager approves, the
 * card downloads, its QR link says valid and then suspended, and another region's agent cannot see the file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class RegistrationJourneyIT {

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void anAgentRegistersAnArtisanInArabicAndAManagerApprovesIt() {
        journey.login("agent.draa");
        browser.get(journey.url("/registry/artisans/new?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        journey.type("nationalId", "JR777001");
        journey.type("firstNameAr", "فاطمة");
        journey.type("lastNameAr", "أيت حمو");
        journey.type("firstNameLat", "Fatima");
        journey.type("lastNameLat", "Ait Hammou");
        new Select(browser.findElement(By.id("sex"))).selectByValue("F");
        browser.executeScript("arguments[0].value = '1984-03-21'", browser.findElement(By.id("birthDate")));
        journey.type("phone", "0661 22 33 44");
        new Select(browser.findElement(By.id("provinceCode"))).selectByValue("577");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#communeCode option[value='08.577.01.05']")));
        new Select(browser.findElement(By.id("communeCode"))).selectByValue("08.577.01.05");
        new Select(browser.findElement(By.id("craftCode"))).selectByValue("P08");
        journey.type("experienceYears", "15");
        journey.screenshot("registration-1-form-ar");
        journey.click(By.cssSelector("main form button[type=submit]"));

        assertThat(journey.text("artisan-status")).isEqualTo("مسودة");
        String file = browser.getCurrentUrl();
        journey.click(By.id("action-submit"));
        assertThat(journey.text("artisan-status")).isEqualTo("مقدم");
        journey.logout();

        journey.login("manager.draa");
        browser.get(file + "?lang=ar");
        // no document was scanned in this journey: the checklist refuses a plain approval, the manager overrides it
        journey.click(By.id("action-approve"));
        assertThat(journey.text("artisan-status")).isEqualTo("مقدم");
        browser.findElement(By.id("override-reason")).sendKeys("الوثائق الورقية مودعة بالشباك");
        journey.click(By.id("action-approve-override"));
        assertThat(journey.text("artisan-status")).isEqualTo("مسجل");
        assertThat(journey.text("registration-number")).matches("08-577-\\d{4}-\\d{6}");
        journey.screenshot("registration-2-registered-ar");
        String pdfType = (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                browser.findElement(By.id("card-pdf")).getDomProperty("href"));
        assertThat(pdfType).isEqualTo("200 application/pdf");

        String verification = verificationPath();
        browser.get(journey.url(verification + "?lang=ar"));
        assertThat(journey.text("verification-status")).isEqualTo("صالحة");
        journey.screenshot("registration-3-verify-valid-ar");

        browser.get(file);
        WebElement reason = browser.findElement(By.id("reason-suspend"));
        reason.sendKeys("مراقبة");
        journey.click(By.id("action-suspend"));
        assertThat(journey.text("artisan-status")).isEqualTo("موقوف");
        browser.get(journey.url(verification + "?lang=fr"));
        assertThat(journey.text("verification-status")).isEqualTo("Suspendu");
        journey.screenshot("registration-4-verify-suspended-fr");
        journey.logout();

        journey.login("agent.fes");
        browser.get(file + "?lang=ar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("الصفحة غير موجودة");
        journey.screenshot("registration-5-other-region-ar");
    }

    private String verificationPath() {
        String href = browser.findElement(By.id("card-verify")).getDomAttribute("href");
        return href.substring(href.indexOf("/verify/"));
    }
}
