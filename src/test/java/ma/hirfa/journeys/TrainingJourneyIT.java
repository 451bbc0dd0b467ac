package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import ma.hirfa.training.TrainingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The training promise in a real browser: an agent of Drâa-Tafilalet plans a caravan session in Zagora,
 * enrols twenty artisans, ticks attendance on a phone-sized screen, issues the certificates; the QR link of
 * one says valid in English, and once revoked it says revoked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class TrainingJourneyIT {

    private static final String FIRST_DAY = "2019-04-02";

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;

    /** The caravan's programme, for every craft, and twenty registered artisans of Zagora to enrol. */
    @BeforeEach
    void aProgrammeAndTwentyArtisansOfZagora() {
        PlatformFixtures.staff(accounts);
        TrainingApi.json(new TrainingApi(journey::port, "agent.draa").post(TrainingApi.BASE + "/programmes", """
                                {"titleAr":"الصباغة الطبيعية وتشطيب المنتوج","titleFr":"Teinture naturelle et finitions",
                                 "titleZgh":"ⴰⵙⵙⵏⴼⵍ ⵏ ⵓⵙⵙⵉⵖ ⴰⴳⴰⵎⴰⵏ","titleEn":"Natural dyeing and finishing",
                                 "type":"CARAVAN","crafts":[],"hours":18,
                                 "competencies":"Préparer des bains de teinture végétale\\nFixer et contrôler les couleurs",
                                 "minAttendancePercent":80,"assessmentRequired":false}
                                """), 201);
        for (int i = 0; i < 20; i++) {
            RegistryFixtures.artisanIn("587").registered(journey.port());
        }
    }

    @Test
    void anAgentRunsACaravanSessionInZagoraAndItsCertificatesVerifyAbroad() {
        journey.login("agent.draa");
        browser.get(journey.url("/training/sessions/new?lang=fr"));
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
        journey.type("place", "Étape de la caravane — Tamegroute");
        journey.type("trainer", "Fatima Zahra Ouhammou");
        browser.executeScript("arguments[0].value = '" + FIRST_DAY + "'", browser.findElement(By.id("startsOn")));
        browser.executeScript("arguments[0].value = '2019-04-04'", browser.findElement(By.id("endsOn")));
        journey.type("capacity", "25");
        journey.screenshot("training-1-new-session-fr");
        journey.click(By.id("save-session"));

        assertThat(journey.text("session-place")).contains("Zagora").contains("Tamegroute");
        List<WebElement> candidates = browser.findElements(By.cssSelector("input.candidate"));
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(20);
        for (WebElement candidate : candidates.subList(0, 20)) {
            tick(candidate);
        }
        assertThat(browser.findElements(By.cssSelector("input.candidate:checked")))
                .hasSize(20);
        journey.click(By.id("enrol"));
        assertThat(journey.text("enrolment-result")).isEqualTo("20 inscrits, 0 en liste d’attente.");
        assertThat(journey.text("session-seats")).startsWith("20 inscrits sur 25 places");
        String session = browser.getCurrentUrl();

        journey.phone();
        journey.click(By.id("attendance-link"));
        for (int day = 0; day < 3; day++) {
            List<WebElement> present = browser.findElements(By.cssSelector("input.present"));
            assertThat(present).hasSize(20);
            for (WebElement box : present) {
                tick(box);
            }
            if (day == 0) {
                journey.screenshot("training-2-attendance-phone-fr");
            }
            journey.click(By.id("save-attendance"));
            assertThat(journey.text("flash-message")).isEqualTo("Présence enregistrée.");
            if (day < 2) {
                journey.click(By.cssSelector("a.day-link[href$='2019-04-0" + (day + 3) + "']"));
            }
        }
        assertThat(browser.findElements(By.cssSelector("input.present:checked")))
                .hasSize(20);

        browser.get(session);
        journey.click(By.id("issue-certificates"));
        assertThat(journey.text("certificates-result")).startsWith("20 certificats délivrés");
        journey.screenshot("training-3-certificates-phone-fr");
        journey.click(By.cssSelector("a.certificate-link"));
        String number = journey.text("certificate-number");
        assertThat(number).matches("FC-08-\\d{4}-\\d{6}");
        String href = browser.findElement(By.id("certificate-verify")).getDomAttribute("href");
        String verification = href.substring(href.indexOf("/verify/"));
        String certificatePage = browser.getCurrentUrl();

        browser.get(journey.url(verification + "?lang=en"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(journey.text("verification-status")).isEqualTo("Valid");
        assertThat(journey.text("verification-number")).isEqualTo(number);
        assertThat(journey.text("verification-title")).isEqualTo("Natural dyeing and finishing");
        journey.screenshot("training-4-verify-valid-en");

        browser.get(certificatePage);
        journey.type("reason", "Erreur de saisie");
        journey.click(By.id("revoke"));
        assertThat(journey.text("certificate-status")).startsWith("Révoqué");
        browser.get(journey.url(verification + "?lang=en"));
        assertThat(journey.text("verification-status")).isEqualTo("Revoked");
        journey.screenshot("training-5-verify-revoked-en");
    }

    /** 21 sessions of Zagora in 2096: the Arabic list on a phone counts them, pages them and sorts by date. */
    @Test
    void anAgentPagesAndSortsTheSessionListOnAPhoneInArabic() {
        TrainingApi agent = new TrainingApi(journey::port, "agent.draa");
        long programme = agent.programme("[]", 80, false);
        for (int day = 1; day <= 21; day++) {
            java.time.LocalDate on = java.time.LocalDate.of(2096, 3, day);
            agent.session(programme, "587", on, on, 10, false);
        }
        journey.phone();
        journey.login("agent.draa");

        journey.open("/training/sessions?lang=ar");
        assertThat(browser.findElements(By.cssSelector("#sessions tbody tr"))).hasSize(20);
        assertThat(journey.text("result-count")).startsWith("عدد النتائج:").endsWith("(من 1 إلى 20)");
        String latest = firstDates();
        journey.screenshot("sessions-1-list-phone-ar");

        journey.click(By.cssSelector("a[rel=next]"));
        assertThat(journey.text("result-count")).contains("(من 21 إلى");
        assertThat(firstDates()).isLessThanOrEqualTo(latest);
        journey.screenshot("sessions-2-page-two-phone-ar");

        journey.click(By.cssSelector("#sessions th:nth-child(3) a"));
        assertThat(browser.findElement(By.cssSelector("#sessions th:nth-child(3)"))
                        .getDomAttribute("aria-sort"))
                .isEqualTo("ascending");
        assertThat(firstDates()).as("soonest first").isLessThan(latest);
        journey.screenshot("sessions-3-soonest-first-phone-ar");
    }

    private String firstDates() {
        return browser.findElement(By.cssSelector("#sessions tbody td:nth-child(3)"))
                .getText()
                .strip();
    }

    /** Ticks a checkbox with the keyboard, which does not depend on where a small screen has scrolled to. */
    private void tick(WebElement box) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        assertThat(box.isSelected()).isTrue();
    }
}
