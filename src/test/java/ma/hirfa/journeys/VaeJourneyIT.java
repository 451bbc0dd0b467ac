package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import ma.hirfa.support.Browsers;
import ma.hirfa.support.Journeys;
import ma.hirfa.support.Screenshots;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, an agent takes a weaver's VAE application through a jury to a partial validation that
 * prescribes a training, then records an apprenticeship contract that is refused (in Arabic) because the
 * apprentice is too young.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VaeJourneyIT {

    private static final byte[] PHOTO = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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
    void aVaeApplicationGoesThroughAJuryToAPartialValidationThatPrescribesATraining() throws IOException {
        String weaver = jdbc.queryForObject(
                "select registration_number from reg_artisan where region_code = '08' and status = 'REGISTERED'"
                        + " order by id limit 1",
                String.class);
        new WebSession(port)
                .postJson(
                        "/api/v1/training/programmes",
                        """
                        {"titleAr":"تقنيات النسيج","titleFr":"Techniques de tissage","titleZgh":"ⵜⵉⵙⵏⴰⵍⵉⵏ ⵏ ⵓⵥⵟⵟⴰ",
                         "type":"CENTRE","crafts":["P01"],"hours":40,"competencies":"Contrôler la qualité",
                         "minAttendancePercent":80,"assessmentRequired":false}""",
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"));
        Path photo = Files.createDirectories(Path.of("target", "journey-files")).resolve("tapis.png");
        Files.write(photo, PHOTO);
        login("agent.draa");

        browser.get(url("/vae/applications?lang=fr"));
        click(By.id("new-application"));
        type("artisanReference", weaver);
        new Select(browser.findElement(By.id("craftCode"))).selectByValue("P01");
        new Select(browser.findElement(By.id("trainingLevel"))).selectByValue("SPECIALISATION");
        type("yearsOfPractice", "7");
        click(By.id("save-application"));
        assertThat(text("application-status")).isEqualTo("En préparation");
        String application = browser.getCurrentUrl();
        long applicationId = Long.parseLong(application.replaceAll(".*/", "").replaceAll("\\?.*", ""));
        browser.findElement(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
        click(By.id("add-evidence"));
        assertThat(text("evidence")).contains("tapis.png");
        click(By.id("submit-application"));
        assertThat(text("application-status")).isEqualTo("Recevable");
        Screenshots.take(browser, "vae-1-eligible-fr");

        browser.get(url("/vae/juries"));
        new Select(browser.findElement(By.id("craftCode"))).selectByValue("P01");
        browser.executeScript(
                "arguments[0].value = arguments[1]",
                browser.findElement(By.id("sitsOn")),
                LocalDate.now().toString());
        type("place", "Chambre d’artisanat, Ouarzazate");
        click(By.id("create-jury"));
        for (String member : new String[] {"Fatima Formatrice", "Ahmed Maâlem"}) {
            type("fullName", member);
            tick("noConflictDeclared");
            click(By.id("add-member"));
        }
        assertThat(text("members")).contains("Fatima Formatrice").contains("Ahmed Maâlem");
        new Select(browser.findElement(By.id("applicationId"))).selectByValue(String.valueOf(applicationId));
        click(By.id("add-candidate"));

        for (int position = 1; position <= 5; position++) {
            String answer = position <= 3 ? "yes-" : "no-";
            tick(answer + applicationId + "-" + position);
        }
        click(By.id("save-grid-" + applicationId));
        new Select(browser.findElement(By.id("outcome-" + applicationId))).selectByValue("PARTIAL");
        new Select(browser.findElement(By.id("programme-" + applicationId)))
                .selectByVisibleText("Techniques de tissage");
        click(By.id("decide-" + applicationId));
        assertThat(text("outcome-text-" + applicationId)).isEqualTo("Validation partielle");
        Screenshots.take(browser, "vae-2-jury-fr");
        String minutes = (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                browser.findElement(By.id("minutes")).getDomProperty("href"));
        assertThat(minutes).isEqualTo("200 application/pdf");

        browser.get(application);
        assertThat(text("application-status")).isEqualTo("Validation partielle");
        assertThat(text("prescribed")).isEqualTo("Formation prescrite : Techniques de tissage");
        assertThat(text("decision")).contains("Compétences manquantes");
        Screenshots.take(browser, "vae-3-partial-validation-fr");
    }

    @Test
    void anApprenticeshipContractIsRefusedForAnApprenticeOutOfTheAgeRange() {
        String master = jdbc.queryForObject(
                "select national_id from reg_artisan where region_code = '08' and status = 'REGISTERED'"
                        + " order by id desc limit 1",
                String.class);
        LocalDate start = LocalDate.now().plusDays(10);
        login("agent.draa");

        browser.get(url("/apprenticeship/contracts?lang=ar"));
        click(By.id("new-contract"));
        type("apprenticeFirstName", "يوسف");
        type("apprenticeLastName", "أيت علي");
        date("apprenticeBirthDate", start.minusYears(13));
        type("masterReference", master);
        type("workshopName", "ورشة النسيج زاكورة");
        type("centreName", "مركز التكوين بالتدرج ورزازات");
        new Select(browser.findElement(By.id("craftCode"))).selectByValue("P01");
        date("startsOn", start);
        date("endsOn", start.plusYears(2));
        click(By.id("save-contract"));

        assertThat(text("form-errors")).contains("يجب أن يكون عمر المتدرج بين 15 و30 سنة");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(jdbc.queryForObject("select count(*) from app_contract", Long.class))
                .isZero();
        Screenshots.take(browser, "apprenticeship-1-age-refused-ar");
    }

    private void login(String username) {
        Journeys.login(browser, port, username);
    }

    private void click(By target) {
        Journeys.click(browser, target);
    }

    /** Ticks a radio button or a check box, scrolled into view first (a phone-sized layout may cover it). */
    private void tick(String id) {
        WebElement box = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", box);
        assertThat(box.isSelected()).isTrue();
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void date(String id, LocalDate value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private String url(String path) {
        return Journeys.url(port, path);
    }
}
