package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import ma.hirfa.infrastructure.InfrastructureApi;
import ma.hirfa.infrastructure.InfrastructureFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import ma.hirfa.support.PdfText;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The chamber's manager of Drâa-Tafilalet, in Arabic, opens the Tinghir complex, its project short of money and
 * late, and downloads the funding brief for the ministry; a complex of Fès-Meknès is not in their list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class InfrastructureJourneyIT {

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;
    private long tinghir;
    private long project;
    private long fes;

    @BeforeEach
    void tinghirShortOfMoneyAndAComplexOfFes() {
        PlatformFixtures.staff(accounts);
        InfrastructureApi manager = new InfrastructureApi(journey::port, "manager.draa");
        tinghir = InfrastructureFixtures.complex(manager, "577", "Tinghir", "UNDER_CONSTRUCTION");
        project = InfrastructureFixtures.projectShortOfMoneyAndLate(manager, tinghir);
        fes = InfrastructureFixtures.complex(
                new InfrastructureApi(journey::port, "manager.fes"), "131", "Boulemane", "STUDY");
    }

    @Test
    void aManagerOpensTheTinghirProjectInArabicAndDownloadsItsFundingBrief() {
        journey.login("manager.draa");
        browser.get(journey.url("/infrastructure/complexes?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(browser.findElements(By.id("complex-" + tinghir))).hasSize(1);
        assertThat(browser.findElements(By.id("complex-" + fes))).isEmpty();
        journey.screenshot("infrastructure-1-complexes-ar");

        journey.click(By.cssSelector("#complex-" + tinghir + " a"));
        assertThat(journey.text("complex-name")).isEqualTo("مجمع Tinghir");
        assertThat(journey.text("complex-status")).isEqualTo("في طور البناء");
        assertThat(browser.findElement(By.id("map-link")).getDomAttribute("href"))
                .contains("mlat=31.514700");
        journey.screenshot("infrastructure-2-complex-ar");

        journey.click(By.cssSelector("#project-" + project + " a"));
        assertThat(journey.text("funding-gap").replace('\u202F', ' ')).isEqualTo("7 000 000,00");
        assertThat(journey.text("slip")).matches("3[0-9]{2} يوم");
        assertThat(browser.findElements(By.cssSelector("#progress-chart, #progress-chart-table")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#progress figure img"))).hasSize(2);
        journey.screenshot("infrastructure-3-project-ar");
        journey.phone();
        browser.navigate().refresh();
        journey.screenshot("infrastructure-4-project-phone-ar");

        String brief = browser.findElement(By.id("brief-pdf")).getDomAttribute("href");
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        byte[] pdf = new WebSession(journey.port()).download(brief, "Cookie", cookies);
        assertThat(PdfText.of(pdf)).contains("العجز في التمويل حسب المصدر").contains("Où en est le projet");

        browser.get(journey.url("/"));
        String atRisk = browser.findElement(
                        By.cssSelector("#work-queue a[data-key='infrastructure.home.projectsAtRisk']"))
                .getText()
                .replaceAll("\\D+", " ")
                .strip();
        journey.click(By.cssSelector("#work-queue a[data-key='infrastructure.home.projectsAtRisk']"));
        assertThat(browser.findElements(By.id("complex-" + tinghir))).hasSize(1);
        assertThat(browser.findElements(By.id("complex-" + fes))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#complexes tbody tr")))
                .as("the home page counts the complexes its link shows")
                .hasSize(Integer.parseInt(atRisk));
    }

    @Test
    void aComplexPlacedOutsideMoroccoIsRefusedOnItsFormAndKeepsWhatWasTyped() {
        journey.login("manager.draa");
        browser.get(journey.url("/infrastructure/complexes/new?lang=ar"));
        journey.type("nameAr", "المجمع الحرفي سكورة");
        journey.type("nameFr", "Complexe artisanal de Skoura");
        journey.type("nameZgh", "ⴰⵙⵎⵓⵏ ⵏ ⵙⴽⵓⵔⴰ");
        new Select(browser.findElement(By.id("provinceCode"))).selectByValue("401");
        journey.type("latitude", "48.85");
        journey.type("longitude", "2.35");
        journey.click(By.id("save-complex"));

        assertThat(browser.findElement(By.id("latitude")).getDomAttribute("class"))
                .contains("is-invalid");
        assertThat(journey.text("latitude-errors")).contains("خط العرض خارج المغرب");
        assertThat(browser.findElement(By.id("nameFr")).getDomProperty("value"))
                .isEqualTo("Complexe artisanal de Skoura");
        journey.screenshot("infrastructure-5-complex-refused-ar");

        browser.findElement(By.id("latitude")).clear();
        journey.type("latitude", "31.05");
        browser.findElement(By.id("longitude")).clear();
        journey.type("longitude", "-6.55");
        journey.click(By.id("save-complex"));
        assertThat(journey.text("complex-name")).isEqualTo("المجمع الحرفي سكورة");
    }
}
