package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A chamber agent on a phone, in Arabic: a form that tells every problem at once and keeps what was typed, refuses an
 * invisible direction character and takes Arabic punctuation; a bad link answering a translated page; a session's
 * enrolment by search and its attendance sheet with "all present", a headcount, and no ticking of tomorrow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class FormsJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Africa/Casablanca"));

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void anAgentFillsFormsMeetsABadLinkAndTakesAttendanceOnAPhoneInArabic() {
        journey.login("agent.draa");
        journey.phone();

        journey.open("/registry/artisans/new?lang=ar");
        String young = TODAY.minusYears(12).toString();
        journey.type("nationalId", "JF60001");
        journey.type("firstNameAr", "يوسف");
        journey.type("lastNameAr", "الزاكوري");
        journey.type("firstNameLat", "Youssef");
        journey.type("lastNameLat", "Zagouri");
        new Select(browser.findElement(By.id("sex"))).selectByValue("M");
        browser.executeScript("arguments[0].value = '" + young + "'", browser.findElement(By.id("birthDate")));
        new Select(browser.findElement(By.id("provinceCode"))).selectByValue("587");
        journey.type("experienceYears", "1");
        journey.type("address", "حي الوحدة، رقم 12؛ زاكورة");
        journey.click(By.cssSelector("main form button[type=submit]"));

        String refused = browser.findElement(By.tagName("main")).getText();
        assertThat(refused)
                .as("the missing craft, the age and the years of practice at once")
                .contains("هذا الحقل إلزامي")
                .contains("الشخص لم يبلغ السن الأدنى")
                .contains("سنوات الممارسة");
        assertThat(browser.findElement(By.id("birthDate")).getDomProperty("value"))
                .isEqualTo(young);
        assertThat(browser.findElement(By.id("address")).getDomProperty("value"))
                .isEqualTo("حي الوحدة، رقم 12؛ زاكورة");
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id("birthDate")));
        journey.screenshot("forms-1-every-problem-at-once-phone-ar");

        browser.executeScript("arguments[0].value = '1980-04-01'", browser.findElement(By.id("birthDate")));
        new Select(browser.findElement(By.id("craftCode"))).selectByValue("P05");
        journey.type("experienceYears", "12");
        browser.executeScript("arguments[0].value = 'Youssef\\u202E'", browser.findElement(By.id("firstNameLat")));
        journey.click(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("حرف غير مرئي");
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("firstNameLat")));
        journey.screenshot("forms-2-invisible-character-refused-phone-ar");

        journey.type("firstNameLat", "Youssef");
        WebElement confirm = browser.findElements(By.id("confirmNotDuplicate")).stream()
                .findFirst()
                .orElse(null);
        if (confirm != null && !confirm.isSelected()) {
            confirm.sendKeys(Keys.SPACE);
        }
        journey.click(By.cssSelector("main form button[type=submit]"));
        assertThat(journey.text("artisan-status")).isEqualTo("مسودة");
        assertThat(jdbc.queryForObject("select address from reg_artisan where national_id = 'JF60001'", String.class))
                .isEqualTo("حي الوحدة، رقم 12؛ زاكورة");

        journey.open("/registry/artisans?status=FOO&lang=ar");
        assertThat(journey.text("bad-request")).isEqualTo("لم يتم الطلب");
        assertThat(journey.text("error-problems")).contains("status").contains("ليس من القيم المسموح بها");
        journey.screenshot("forms-3-bad-link-phone-ar");

        TrainingApi agent = new TrainingApi(journey::port, "agent.draa");
        long session =
                agent.session(agent.programme("[]", 80, false), "587", TODAY.minusDays(1), TODAY.plusDays(1), 10, true);
        for (int i = 0; i < 3; i++) {
            TrainingApi.json(
                    agent.enrol(session, RegistryFixtures.artisanIn("587").registered(journey.port())), 200);
        }
        long wanted = RegistryFixtures.artisanIn("587").registered(journey.port());
        String lastName =
                jdbc.queryForObject("select last_name_ar from reg_artisan where id = ?", String.class, wanted);

        journey.open("/training/sessions/" + session + "?lang=ar");
        browser.findElement(By.id("q")).sendKeys(lastName);
        // the search answers as the user types (each new request replaces the one in flight): the last answer lists one
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("input.candidate"), 1));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .pollingEvery(Duration.ofMillis(500))
                .until(d -> Boolean.TRUE.equals(browser.executeScript(
                        "return document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping').length === 0"
                                + " && document.querySelectorAll('input.candidate').length === 1")));
        WebElement candidate = browser.findElement(By.id("candidate-" + wanted));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", candidate);
        candidate.sendKeys(Keys.SPACE);
        assertThat(candidate.isSelected()).isTrue();
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id("enrol-heading")));
        journey.screenshot("forms-4-enrolment-search-phone-ar");
        assertThat(browser.executeScript(
                        "return new FormData(document.getElementById('enrol-form')).getAll('artisanIds').join(',')"))
                .as("the ticked search result is what the enrolment form sends")
                .isEqualTo(String.valueOf(wanted));
        WebElement enrol = browser.findElement(By.id("enrol"));
        // instant: Bootstrap makes scrolling smooth, and a click during the animation lands on what passes under it
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", enrol);
        enrol.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("enrolment-result")).isEmpty());
        assertThat(journey.text("enrolment-result")).startsWith("1 ");
        assertThat(jdbc.queryForObject(
                        "select status from trn_enrolment where session_id = ? and artisan_id = ?",
                        String.class,
                        session,
                        wanted))
                .as("the artisan ticked among the search results is enrolled")
                .isEqualTo("ENROLLED");
        journey.screenshot("forms-4b-enrolled-phone-ar");

        journey.open("/training/sessions/" + session + "/attendance?lang=ar&day=" + TODAY);
        List<WebElement> boxes = browser.findElements(By.cssSelector("input.present"));
        assertThat(boxes).hasSize(4);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", boxes.get(0));
        boxes.get(0).sendKeys(Keys.SPACE);
        assertThat(journey.text("headcount")).contains("الحاضرون");
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'end'})", browser.findElement(By.id("save-attendance")));
        journey.screenshot("forms-5-attendance-headcount-phone-ar");
        journey.click(By.id("all-present"));
        assertThat(journey.text("flash-message")).isEqualTo("تم تسجيل الحضور.");
        assertThat(browser.findElements(By.cssSelector("input.present:checked")))
                .hasSize(4);
        journey.screenshot("forms-6-all-present-phone-ar");

        journey.click(By.cssSelector("a.day-link[href$='" + TODAY.plusDays(1) + "']"));
        assertThat(journey.text("attendance-future")).contains("لم يحن بعد");
        assertThat(browser.findElements(By.id("attendance-form"))).isEmpty();
        journey.screenshot("forms-7-attendance-tomorrow-phone-ar");
    }
}
