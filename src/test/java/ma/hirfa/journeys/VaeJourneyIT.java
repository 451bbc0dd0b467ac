package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import ma.hirfa.support.WebSession;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In a real browser, an agent takes a weaver's VAE application through a jury to a partial validation that
 * prescribes a training, then records an apprenticeship contract that is refused (in Arabic) because the
 * apprentice is too young.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class VaeJourneyIT {

    private static final byte[] PHOTO = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private ChromeDriver browser;
    private Journey journey;

    @Test
    void aVaeApplicationGoesThroughAJuryToAPartialValidationThatPrescribesATraining() throws IOException {
        String weaver = registeredWeaver().get("registrationNumber").asString();
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
        journey.login("agent.draa");

        browser.get(journey.url("/vae/applications?lang=fr"));
        journey.click(By.id("new-application"));
        journey.type("artisanReference", weaver);
        new Select(browser.findElement(By.id("craftCode"))).selectByValue("P01");
        new Select(browser.findElement(By.id("trainingLevel"))).selectByValue("SPECIALISATION");
        journey.type("yearsOfPractice", "7");
        journey.click(By.id("save-application"));
        assertThat(journey.text("application-status")).isEqualTo("En préparation");
        String application = browser.getCurrentUrl();
        long applicationId = Long.parseLong(application.replaceAll(".*/", "").replaceAll("\\?.*", ""));
        browser.findElement(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
        journey.click(By.id("add-evidence"));
        assertThat(journey.text("evidence")).contains("tapis.png");
        journey.click(By.id("submit-application"));
        assertThat(journey.text("application-status")).isEqualTo("Recevable");
        journey.screenshot("vae-1-eligible-fr");

        browser.get(journey.url("/vae/juries"));
        new Select(browser.findElement(By.id("craftCode"))).selectByValue("P01");
        browser.executeScript(
                "arguments[0].value = arguments[1]",
                browser.findElement(By.id("sitsOn")),
                LocalDate.now().toString());
        journey.type("place", "Chambre d’artisanat, Ouarzazate");
        journey.click(By.id("create-jury"));
        for (String member : new String[] {"Fatima Formatrice", "Ahmed Maâlem"}) {
            journey.type("fullName", member);
            tick("noConflictDeclared");
            journey.click(By.id("add-member"));
        }
        assertThat(journey.text("members")).contains("Fatima Formatrice").contains("Ahmed Maâlem");
        new Select(browser.findElement(By.id("applicationId"))).selectByValue(String.valueOf(applicationId));
        journey.click(By.id("add-candidate"));

        for (int position = 1; position <= 5; position++) {
            String answer = position <= 3 ? "yes-" : "no-";
            tick(answer + applicationId + "-" + position);
        }
        journey.click(By.id("save-grid-" + applicationId));
        new Select(browser.findElement(By.id("outcome-" + applicationId))).selectByValue("PARTIAL");
        new Select(browser.findElement(By.id("programme-" + applicationId)))
                .selectByVisibleText("Techniques de tissage");
        journey.click(By.id("decide-" + applicationId));
        assertThat(journey.text("outcome-text-" + applicationId)).isEqualTo("Validation partielle");
        journey.screenshot("vae-2-jury-fr");
        String minutes = (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                browser.findElement(By.id("minutes")).getDomProperty("href"));
        assertThat(minutes).isEqualTo("200 application/pdf");

        browser.get(application);
        assertThat(journey.text("application-status")).isEqualTo("Validation partielle");
        assertThat(journey.text("prescribed")).isEqualTo("Formation prescrite : Techniques de tissage");
        assertThat(journey.text("decision")).contains("Compétences manquantes");
        journey.screenshot("vae-3-partial-validation-fr");
    }

    @Test
    void anApprenticeshipContractIsRefusedForAnApprenticeOutOfTheAgeRange() {
        String master = registeredWeaver().get("nationalId").asString();
        long contracts = jdbc.queryForObject("select count(*) from app_contract", Long.class);
        LocalDate start = LocalDate.now().plusDays(10);
        journey.login("agent.draa");

        browser.get(journey.url("/apprenticeship/contracts?lang=ar"));
        journey.click(By.id("new-contract"));
        journey.type("apprenticeFirstName", "يوسف");
        journey.type("apprenticeLastName", "أيت علي");
        date("apprenticeBirthDate", start.minusYears(13));
        journey.type("masterReference", master);
        journey.type("workshopName", "ورشة النسيج زاكورة");
        journey.type("centreName", "مركز التكوين بالتدرج ورزازات");
        new Select(browser.findElement(By.id("craftCode"))).selectByValue("P01");
        date("startsOn", start);
        date("endsOn", start.plusYears(2));
        journey.click(By.id("save-contract"));

        assertThat(journey.text("form-errors")).contains("يجب أن يكون عمر المتدرج بين 15 و30 سنة");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(jdbc.queryForObject("select count(*) from app_contract", Long.class))
                .as("nothing is written")
                .isEqualTo(contracts);
        journey.screenshot("apprenticeship-1-age-refused-ar");
    }

    /** A weaver of Ouarzazate the test registers, as the register's API shows her file. */
    private JsonNode registeredWeaver() {
        long id = RegistryFixtures.artisanIn("401").craft("P01").registered(port);
        return JsonMapper.builder()
                .build()
                .readTree(new WebSession(port)
                        .get(
                                "/api/v1/registry/artisans/" + id,
                                "Authorization",
                                WebSession.basic("agent.draa", "demo1234"))
                        .body());
    }

    /** Ticks a radio button or a check box, scrolled into view first (a phone-sized layout may cover it). */
    private void tick(String id) {
        WebElement box = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", box);
        assertThat(box.isSelected()).isTrue();
    }

    private void date(String id, LocalDate value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
    }
}
