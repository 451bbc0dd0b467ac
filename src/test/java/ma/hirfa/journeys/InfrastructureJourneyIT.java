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
    }
}
