package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.coverage.CoverageFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.Browsers;
import ma.hirfa.support.Journeys;
import ma.hirfa.support.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium (the strict CSP applies), in Arabic: a manager of Drâa-Tafilalet sorts the register's list
 * and turns its pages without losing the filter; a coverage officer reads the dashboard's charts and tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ListsAndReportsJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;

    /** Made once: more than a page (25) of registered artisans in Drâa-Tafilalet, and coverage files for the dashboard. */
    private static boolean made;

    @BeforeEach
    void openBrowser() {
        PlatformFixtures.staff(accounts);
        if (!made) {
            for (String province : new String[] {"201", "363", "401", "577", "587"}) {
                for (int i = 0; i < 6; i++) {
                    RegistryFixtures.artisanIn(province).registered(port);
                }
            }
            CoverageFixtures.owedRetroactively(port, null);
            CoverageFixtures.pendingWhileEntitled(port);
            made = true;
        }
        browser = Browsers.chromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerSortsAndPagesTheRegisterInArabic() {
        logIn("manager.draa");

        browser.navigate().to(Journeys.url(port, "/registry/artisans?status=REGISTERED&lang=ar"));
        navigateBy(By.cssSelector("th[aria-sort] a[href*='sort=name']"));
        assertThat(browser.findElement(By.cssSelector("th[aria-sort=ascending]"))
                        .getText())
                .contains("الاسم");
        navigateBy(By.cssSelector("nav .pagination a[rel=next]"));
        assertThat(browser.getCurrentUrl()).contains("status=REGISTERED", "sort=name", "page=1");
        assertThat(browser.findElement(By.cssSelector(".pagination [aria-current=page]"))
                        .getText())
                .isEqualTo("2");
        // Counts keep the Western digits of the pager and of every number the register prints.
        assertThat(browser.findElement(By.id("result-count")).getText())
                .containsPattern("[0-9]+ ملف")
                .doesNotContainPattern("[٠-٩]");
        Screenshots.take(browser, "lists-1-artisans-sorted-page-2-ar");

        browser.navigate().to(Journeys.url(port, "/registry/artisans?q=zzzz-nobody&lang=ar"));
        assertThat(browser.findElement(By.id("empty-state")).getText()).contains("لا توجد نتائج لهذا البحث");
    }

    @Test
    void aCoverageOfficerReadsTheDashboardChartsAndTheirTablesInArabic() {
        logIn("coverage.draa");

        browser.navigate().to(Journeys.url(port, "/coverage/dashboard?lang=ar"));
        assertThat(browser.findElements(By.cssSelector("svg#province-chart rect")))
                .isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#province-chart-table caption"))
                        .getText())
                .isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#province-chart-table thead th")))
                .hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#province-chart-table tbody th[scope=row]")))
                .isNotEmpty();
        Screenshots.take(browser, "lists-2-coverage-dashboard-ar");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        Screenshots.take(browser, "lists-3-coverage-dashboard-phone-ar");
    }

    private void logIn(String username) {
        browser.get(Journeys.url(port, "/login?lang=ar"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo1234");
        navigateBy(By.cssSelector("main form button[type=submit]"));
    }

    /** Clicks something that loads a new page, and waits for that page (the kit's way, see {@link Journeys#click}). */
    private void navigateBy(By target) {
        Journeys.click(browser, target);
    }
}
