package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import ma.hirfa.support.Browsers;
import ma.hirfa.support.Journeys;
import ma.hirfa.support.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The training promise in a real browser: an agent of Drâa-Tafilalet plans a caravan session in Zagora,
 * enrols twenty artisans, ticks attendance on a phone-sized screen, issues the certificates; the QR link of
 * one says valid in English, and once revoked it says revoked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingJourneyIT {

    private static final String FIRST_DAY = "2029-04-02";

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
    void anAgentRunsACaravanSessionInZagoraAndItsCertificatesVerifyAbroad() {
        login("agent.draa");
        browser.get(url("/training/sessions/new?lang=fr"));
        Select programme = new Select(browser.findElement(By.id("programmeId")));
        programme.getOptions().stream()
                .filter(o -> o.getText().contains("Teinture naturelle"))
                .findFirst()
                .orElseThrow()
                .click();
        new Select(browser.findElement(By.id("provinceCode"))).selectByValue("587");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#communeCode option[value='08.587.09.35']")));
        new Select(browser.findElement(By.id("communeCode"))).selectByValue("08.587.09.35");
        type("place", "Étape de la caravane — Tamegroute");
        type("trainer", "Fatima Zahra Ouhammou");
        browser.executeScript("arguments[0].value = '" + FIRST_DAY + "'", browser.findElement(By.id("startsOn")));
        browser.executeScript("arguments[0].value = '2029-04-04'", browser.findElement(By.id("endsOn")));
        type("capacity", "25");
        Screenshots.take(browser, "training-1-new-session-fr");
        click(By.id("save-session"));

        assertThat(text("session-place")).contains("Zagora").contains("Tamegroute");
        List<WebElement> candidates = browser.findElements(By.cssSelector("input.candidate"));
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(20);
        for (WebElement candidate : candidates.subList(0, 20)) {
            tick(candidate);
        }
        assertThat(browser.findElements(By.cssSelector("input.candidate:checked")))
                .hasSize(20);
        click(By.id("enrol"));
        assertThat(text("enrolment-result")).isEqualTo("20 inscrits, 0 en liste d’attente.");
        assertThat(text("session-seats")).startsWith("20 inscrits sur 25 places");
        String session = browser.getCurrentUrl();

        browser.manage().window().setSize(new Dimension(390, 844));
        click(By.id("attendance-link"));
        for (int day = 0; day < 3; day++) {
            List<WebElement> present = browser.findElements(By.cssSelector("input.present"));
            assertThat(present).hasSize(20);
            for (WebElement box : present) {
                tick(box);
            }
            if (day == 0) {
                Screenshots.take(browser, "training-2-attendance-phone-fr");
            }
            click(By.id("save-attendance"));
            assertThat(text("flash-message")).isEqualTo("Présence enregistrée.");
            if (day < 2) {
                click(By.cssSelector("a.day-link[href$='2029-04-0" + (day + 3) + "']"));
            }
        }
        assertThat(browser.findElements(By.cssSelector("input.present:checked")))
                .hasSize(20);

        browser.get(session);
        click(By.id("issue-certificates"));
        assertThat(text("certificates-result")).startsWith("20 certificats délivrés");
        Screenshots.take(browser, "training-3-certificates-phone-fr");
        click(By.cssSelector("a.certificate-link"));
        String number = text("certificate-number");
        assertThat(number).matches("FC-08-\\d{4}-\\d{6}");
        String href = browser.findElement(By.id("certificate-verify")).getDomAttribute("href");
        String verification = href.substring(href.indexOf("/verify/"));
        String certificatePage = browser.getCurrentUrl();

        browser.get(url(verification + "?lang=en"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(text("verification-status")).isEqualTo("Valid");
        assertThat(text("verification-number")).isEqualTo(number);
        assertThat(text("verification-title")).isEqualTo("Natural dyeing and finishing");
        Screenshots.take(browser, "training-4-verify-valid-en");

        browser.get(certificatePage);
        type("reason", "Erreur de saisie");
        click(By.id("revoke"));
        assertThat(text("certificate-status")).startsWith("Révoqué");
        browser.get(url(verification + "?lang=en"));
        assertThat(text("verification-status")).isEqualTo("Revoked");
        Screenshots.take(browser, "training-5-verify-revoked-en");
    }

    private void login(String username) {
        Journeys.login(browser, port, username);
    }

    private void click(By target) {
        Journeys.click(browser, target);
    }

    /** Ticks a checkbox with the keyboard, which does not depend on where a small screen has scrolled to. */
    private void tick(WebElement box) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        assertThat(box.isSelected()).isTrue();
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
