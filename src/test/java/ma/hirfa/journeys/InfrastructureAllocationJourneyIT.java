package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.calls.CallsFixtures;
import ma.hirfa.infrastructure.InfrastructureApi;
import ma.hirfa.infrastructure.InfrastructureFixtures;
import ma.hirfa.infrastructure.UnitFixtures;
import ma.hirfa.platform.ArtisanAccounts;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14's "done when", in a real browser and in Arabic: an agent opens a call for the vacant units of a complex
 * in operation, artisans apply (one from their own account), a committee member's declaration for a relative is
 * refused, the results are published and made final, the allocation makes leases (a contract PDF), and the
 * occupancy chart rises; the funding brief of a complex under construction shows its gap; a manager of another
 * region does not see the complex; the ministry sees every complex and its gap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class InfrastructureAllocationJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ArtisanAccounts artisanAccounts;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void aCallForTheVacantUnitsEndsInLeasesAndTheMinistrySeesEveryGap() {
        LocalDate today = LocalDate.now();
        long complex = UnitFixtures.complexIn(port, "401");
        long leased = UnitFixtures.unit(port, "agent.draa", complex, "A-01", 0, "SHOP", 1000);
        long v1 = UnitFixtures.unit(port, "agent.draa", complex, "A-02", 0, "SHOP", 1000);
        long v2 = UnitFixtures.unit(port, "agent.draa", complex, "A-03", 0, "SHOWROOM", 1400);
        long v3 = UnitFixtures.unit(port, "agent.draa", complex, "B-01", 1, "WORKSHOP", 800);
        long holder = RegistryFixtures.artisanIn("401").registered(port);
        assertThat(UnitFixtures.postLease(
                                port,
                                "agent.draa",
                                leased,
                                UnitFixtures.lease(holder, today.minusMonths(6), today.plusYears(2), "1000"))
                        .status())
                .isEqualTo(201);
        long weaver = RegistryFixtures.artisanIn("401").registered(port);
        long potter = RegistryFixtures.artisanIn("401").registered(port);
        long cousin = RegistryFixtures.artisanIn("401").registered(port);
        long own = RegistryFixtures.artisanIn("401").registered(port);
        String ownUser = "artisan.flow." + own;
        String ownPassword = artisanAccounts.open(ownUser, "Fatima", own, "08").orElseThrow();
        InfrastructureApi agent = new InfrastructureApi(() -> port, "agent.draa");
        long tinghir = InfrastructureFixtures.complex(agent, "577", "Tinghir Todra", "UNDER_CONSTRUCTION");
        long project = InfrastructureFixtures.projectShortOfMoneyAndLate(agent, tinghir);

        // the agent opens a call for the vacant units from the complex's page
        journey.login("agent.draa");
        journey.open("/infrastructure/complexes/" + complex + "?lang=ar");
        assertThat(browser.findElement(By.id("complex-links")).getText()).contains("تصميم الطوابق");
        journey.screenshot("infra-flow-1-complex-ar");
        journey.click(By.id("open-call"));
        journey.type("titleAr", "طلب ترشيح للمحلات الشاغرة");
        journey.type("titleFr", "Appel pour les locaux vacants");
        journey.type("titleZgh", "ⴰⵙⵉⵡⵍ ⵉ ⵜⵃⵓⵏⴰ ⵅⵍⴰⵏⵉⵏ");
        List<WebElement> items = browser.findElements(By.name("itemRefs"));
        assertThat(items).as("the three vacant units are offered").hasSize(3);
        items.forEach(i -> browser.executeScript("arguments[0].checked = true", i));
        date("closesOn", today);
        journey.screenshot("infra-flow-2-new-call-ar");
        journey.click(By.id("save-call"));
        journey.click(By.id("open-call"));
        assertThat(journey.text("call-status")).isEqualTo("مفتوح");
        long call = Long.parseLong(
                browser.getCurrentUrl().replaceAll(".*/calls/", "").replaceAll("\\D.*", ""));
        browser.manage().deleteAllCookies();

        // two applications by the agent, one by the artisan from their own account, on a phone
        long first = CallsFixtures.apply(port, call, weaver, "" + v2, "" + v1);
        long second = CallsFixtures.apply(port, call, potter, "" + v2, "" + v3);
        browser.get(journey.url("/login"));
        journey.type("username", ownUser);
        journey.type("password", ownPassword);
        journey.click(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).as("the artisan is signed in").doesNotContain("/login");
        journey.phone();
        journey.open("/calls/" + call + "/apply?lang=ar");
        new Select(browser.findElement(By.id("choice-1"))).selectByValue("" + v1);
        new Select(browser.findElement(By.id("choice-2"))).selectByValue("" + v3);
        journey.click(By.id("apply"));
        assertThat(journey.text("my-application")).isNotBlank();
        journey.screenshot("infra-flow-3-own-application-ar-phone");
        browser.manage().deleteAllCookies();

        // the committee: a member related to an applicant is refused for that applicant
        CallsFixtures.close(port, call);
        CallsFixtures.member(port, call, "manager.draa", null, List.of(potter));
        CallsFixtures.member(port, call, "agent.draa", cousin, List.of());
        journey.login("manager.draa");
        journey.open("/calls/" + call + "/committee?lang=ar");
        journey.click(By.id("declare-" + second));
        assertThat(journey.text("errors")).contains("قريب مصرّح به");
        journey.screenshot("infra-flow-4-conflict-refused-ar-phone");
        long third =
                Long.parseLong(CallsFixtures.get(port, "/api/v1/calls/" + call + "/applications", CallsFixtures.AGENT)
                        .body()
                        .replaceAll("(?s).*\"applicationId\":(\\d+)[^}]*\"applicantId\":" + own + "\\b.*", "$1"));
        CallsFixtures.score(port, call, first, "agent.draa", 9);
        CallsFixtures.score(port, call, second, "agent.draa", 7);
        CallsFixtures.score(port, call, third, "agent.draa", 4);

        // results published, made final, and the units allocated from the ranking
        journey.open("/infrastructure/complexes/" + complex + "/units?lang=ar");
        int before = lastAllocated();
        journey.open("/calls/" + call + "?lang=ar");
        journey.click(By.id("publish-call"));
        journey.click(By.id("final-call"));
        assertThat(journey.text("call-status")).isEqualTo("الترتيب نهائي");
        journey.click(By.id("after-final"));
        date("startsOn", today);
        date("endsOn", today.plusYears(3).minusDays(1));
        journey.screenshot("infra-flow-5-allocation-ar-phone");
        journey.click(By.id("allocate"));
        assertThat(journey.text("message")).contains("أُسندت المحلات");
        assertThat(journey.text("allocated")).contains("A-03").contains("A-02").contains("B-01");
        journey.screenshot("infra-flow-6-allocated-ar-phone");
        String lease = browser.findElements(By.cssSelector("#allocated a.lease-link"))
                .get(0)
                .getAttribute("href")
                .replaceAll(".*/", "");
        byte[] contract = new WebSession(port)
                .download(
                        "/api/v1/infrastructure/leases/" + lease + "/contract.pdf",
                        "Authorization",
                        WebSession.basic("manager.draa", "demo1234"));
        assertThat(PdfText.of(contract)).contains("عقد كراء").contains("A-03").contains("Contrat de bail");
        assertThat(CallsFixtures.post(
                                port,
                                "/api/v1/infrastructure/complexes/" + complex + "/allocations",
                                "{\"callId\":%d,\"startsOn\":\"%s\",\"endsOn\":\"%s\"}"
                                        .formatted(call, today, today.plusYears(1)),
                                CallsFixtures.MANAGER)
                        .status())
                .as("a call is allocated once")
                .isEqualTo(409);
        journey.click(By.id("units-link"));
        assertThat(lastAllocated()).isEqualTo(before + 3);
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})",
                browser.findElement(By.id("occupancy-heading")));
        journey.screenshot("infra-flow-7-occupancy-ar-phone");

        // the funding brief of the complex under construction shows its gap
        byte[] brief = new WebSession(port)
                .download(
                        "/api/v1/infrastructure/projects/" + project + "/brief.pdf",
                        "Authorization",
                        WebSession.basic("manager.draa", "demo1234"));
        String briefText = PdfText.of(brief);
        assertThat(briefText).contains("Tinghir Todra");
        assertThat(briefText.replaceAll("[\\s\\u00a0\\u202f]", ""))
                .as("the gap")
                .contains("7000000");

        // another region's manager does not see the complex; the ministry sees every complex and its gap
        assertThat(WebSession.loggedIn(port, "manager.fes")
                        .get("/infrastructure/complexes/" + complex)
                        .status())
                .isEqualTo(404);
        String fes = new WebSession(port)
                .get("/api/v1/infrastructure/complexes", "Authorization", WebSession.basic("manager.fes", "demo1234"))
                .body();
        assertThat(fes).doesNotContain("\"id\":" + complex + ",").doesNotContain("Tinghir Todra");
        String national = new WebSession(port)
                .get(
                        "/api/v1/infrastructure/complexes?size=100",
                        "Authorization",
                        WebSession.basic("ministry", "demo1234"))
                .body();
        assertThat(national).contains("\"id\":" + complex + ",").contains("\"id\":" + tinghir + ",");
        String gap = new WebSession(port)
                .get(
                        "/api/v1/infrastructure/complexes/" + tinghir,
                        "Authorization",
                        WebSession.basic("ministry", "demo1234"))
                .body();
        assertThat(gap).contains("\"fundingGap\":7000000");
        browser.manage().deleteAllCookies();
        journey.login("ministry");
        journey.open("/infrastructure/complexes?lang=ar&size=100"); // other suites add complexes to the shared database
        assertThat(browser.findElement(By.id("main")).getText()).contains("مجمع Tinghir Todra");
        journey.screenshot("infra-flow-8-ministry-list-ar-phone");
        journey.open("/infrastructure/complexes/" + complex + "?lang=ar");
        assertThat(browser.findElements(By.id("open-call")))
                .as("the ministry only reads")
                .isEmpty();
    }

    /** The allocated count of the current month in the occupancy chart's table. */
    private int lastAllocated() {
        List<WebElement> rows = browser.findElements(By.cssSelector("#occupancy-table tbody tr"));
        return Integer.parseInt(rows.get(rows.size() - 1)
                .findElements(By.tagName("td"))
                .get(0)
                .getText()
                .strip());
    }

    private void date(String id, LocalDate value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
    }
}
