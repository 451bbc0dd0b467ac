package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import ma.hirfa.support.Browsers;
import ma.hirfa.support.Journeys;
import ma.hirfa.support.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register's promise in a real browser: an agent records an artisan in Arabic, a manager approves, the
 * card downloads, its QR link says valid and then suspended, and another region's agent cannot see the file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationJourneyIT {

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
    void anAgentRegistersAnArtisanInArabicAndAManagerApprovesIt() {
        login("agent.draa");
        browser.get(url("/registry/artisans/new?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        type("nationalId", "JR777001");
        type("firstNameAr", "فاطمة");
        type("lastNameAr", "أيت حمو");
        type("firstNameLat", "Fatima");
        type("lastNameLat", "Ait Hammou");
        new Select(browser.findElement(By.id("sex"))).selectByValue("F");
        browser.executeScript("arguments[0].value = '1984-03-21'", browser.findElement(By.id("birthDate")));
        type("phone", "0661 22 33 44");
        new Select(browser.findElement(By.id("provinceCode"))).selectByValue("577");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#communeCode option[value='08.577.01.05']")));
        new Select(browser.findElement(By.id("communeCode"))).selectByValue("08.577.01.05");
        new Select(browser.findElement(By.id("craftCode"))).selectByValue("P08");
        type("experienceYears", "15");
        Screenshots.take(browser, "registration-1-form-ar");
        click(By.cssSelector("main form button[type=submit]"));

        assertThat(text("artisan-status")).isEqualTo("مسودة");
        String file = browser.getCurrentUrl();
        click(By.id("action-submit"));
        assertThat(text("artisan-status")).isEqualTo("مقدم");
        logout();

        login("manager.draa");
        browser.get(file + "?lang=ar");
        click(By.id("action-approve"));
        assertThat(text("artisan-status")).isEqualTo("مسجل");
        assertThat(text("registration-number")).matches("08-577-\\d{4}-\\d{6}");
        Screenshots.take(browser, "registration-2-registered-ar");
        String pdfType = (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                browser.findElement(By.id("card-pdf")).getDomProperty("href"));
        assertThat(pdfType).isEqualTo("200 application/pdf");

        String verification = verificationPath();
        browser.get(url(verification + "?lang=ar"));
        assertThat(text("verification-status")).isEqualTo("صالحة");
        Screenshots.take(browser, "registration-3-verify-valid-ar");

        browser.get(file);
        WebElement reason = browser.findElement(By.id("reason-suspend"));
        reason.sendKeys("مراقبة");
        click(By.id("action-suspend"));
        assertThat(text("artisan-status")).isEqualTo("موقوف");
        browser.get(url(verification + "?lang=fr"));
        assertThat(text("verification-status")).isEqualTo("Suspendu");
        Screenshots.take(browser, "registration-4-verify-suspended-fr");
        logout();

        login("agent.fes");
        browser.get(file + "?lang=ar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("الصفحة غير موجودة");
        Screenshots.take(browser, "registration-5-other-region-ar");
    }

    private String verificationPath() {
        String href = browser.findElement(By.id("card-verify")).getDomAttribute("href");
        return href.substring(href.indexOf("/verify/"));
    }

    private void login(String username) {
        Journeys.login(browser, port, username);
    }

    private void logout() {
        click(By.cssSelector("header form button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> d.getCurrentUrl().contains("/login?logout"));
    }

    private void click(By target) {
        Journeys.click(browser, target);
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private String url(String path) {
        return Journeys.url(port, path);
    }
}
