package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.infrastructure.UnitFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import ma.hirfa.support.PdfText;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, in Arabic: a chamber manager opens the units of a complex and its floor plan, opens a vacant
 * unit from the plan, is refused a lease of a taken unit, leases the vacant one to a registered artisan, downloads
 * the contract, and sees the occupancy chart rise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class UnitsJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void aManagerLeasesAVacantUnitFromTheFloorPlanAndTheOccupancyRises() {
        long complex = UnitFixtures.complexIn(port, "401");
        long taken = UnitFixtures.unit(port, "agent.draa", complex, "A-01", 0, "SHOP", 1200);
        for (String number : List.of("A-02", "A-03", "A-04", "A-05", "A-06", "A-07")) {
            UnitFixtures.unit(port, "agent.draa", complex, number, 0, "SHOP", 1000);
        }
        for (String number : List.of("B-01", "B-02", "B-03")) {
            UnitFixtures.unit(port, "agent.draa", complex, number, 1, "WORKSHOP", 800);
        }
        LocalDate start = LocalDate.now().minusMonths(4);
        long first = RegistryFixtures.artisanIn("401").registered(port);
        assertThat(UnitFixtures.postLease(
                                port, "agent.draa", taken, UnitFixtures.lease(first, start, start.plusYears(3), "1200"))
                        .status())
                .isEqualTo(201);
        long holder = RegistryFixtures.artisanIn("401").registered(port);
        String reference =
                jdbc.queryForObject("select registration_number from reg_artisan where id = ?", String.class, holder);

        journey.login("manager.draa");
        journey.open("/infrastructure/complexes/" + complex + "/units?lang=ar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("محلات المركب");
        assertThat(lastAllocated()).isEqualTo("1");
        journey.screenshot("infra-units-1-list-ar");

        journey.click(By.id("floor-plan-link"));
        assertThat(browser.findElement(By.id("A-01")).getAttribute("class")).isEqualTo("unit unit-allocated");
        assertThat(browser.findElement(By.id("A-02")).getAttribute("class")).isEqualTo("unit unit-vacant");
        journey.screenshot("infra-units-2-floor-plan-ar");
        journey.phone();
        journey.screenshot("infra-units-3-floor-plan-ar-phone");

        WebElement link = browser.findElement(By.cssSelector("a[href$='/infrastructure/units/" + taken + "']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        journey.click(By.id("A-01"));
        assertThat(journey.text("unit-number")).isEqualTo("A-01");
        journey.type("holderReference", reference);
        date("startsOn", LocalDate.now());
        date("endsOn", LocalDate.now().plusYears(2));
        journey.click(By.id("save-lease"));
        assertThat(journey.text("form-errors")).contains("مكترى من قبل");
        scrollTo("form-errors");
        journey.screenshot("infra-units-4-taken-ar-phone");

        journey.open("/infrastructure/complexes/" + complex + "/floor-plan?lang=ar");
        journey.click(By.id("A-02"));
        assertThat(journey.text("unit-status")).isEqualTo("شاغر");
        journey.type("holderReference", reference);
        date("startsOn", LocalDate.now());
        date("endsOn", LocalDate.now().plusYears(2).minusDays(1));
        journey.click(By.id("save-lease"));
        assertThat(journey.text("lease-status")).isEqualTo("جار");
        assertThat(journey.text("message")).contains("أُبرم العقد");
        journey.screenshot("infra-units-5-lease-ar-phone");
        String lease = browser.getCurrentUrl().replaceAll(".*/", "").replaceAll("\\?.*", "");

        byte[] pdf = new WebSession(port)
                .download(
                        "/api/v1/infrastructure/leases/" + lease + "/contract.pdf",
                        "Authorization",
                        WebSession.basic("manager.draa", "demo1234"));
        assertThat(PdfText.of(pdf)).contains("عقد كراء").contains("A-02").contains("Contrat de bail");

        journey.open("/infrastructure/complexes/" + complex + "/units?lang=ar");
        assertThat(lastAllocated()).isEqualTo("2");
        scrollTo("occupancy");
        journey.screenshot("infra-units-6-occupancy-ar-phone");

        journey.click(By.id("leases-link"));
        assertThat(journey.text("complex-leases")).contains("A-01").contains("A-02");
        journey.screenshot("infra-units-7-complex-leases-ar-phone");

        journey.open("/infrastructure/leases/" + lease + "?lang=fr");
        assertThat(journey.text("lease-status")).isEqualTo("En cours");
        journey.screenshot("infra-units-8-lease-fr-phone");
    }

    /** The allocated count of the current month in the occupancy chart's table. */
    private String lastAllocated() {
        List<WebElement> rows = browser.findElements(By.cssSelector("#occupancy-table tbody tr"));
        return rows.get(rows.size() - 1).findElements(By.tagName("td")).get(0).getText();
    }

    private void scrollTo(String id) {
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", browser.findElement(By.id(id)));
    }

    private void date(String id, LocalDate value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
    }
}
