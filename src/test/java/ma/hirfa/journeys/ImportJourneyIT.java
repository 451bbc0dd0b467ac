package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A chamber manager uploads a legacy list in Arabic, watches the progress bar until the dry-run report
 * appears, then commits and sees how many files were written.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "hirfa.demo=false",
            "hirfa.transfer.batch-size=100",
            "hirfa.transfer.artisans.batch-size=100",
            "hirfa.transfer.poll-interval=200ms"
        })
@BrowserJourney
class ImportJourneyIT {

    private static final Path FILES = Path.of("target", "journey-files");

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void aManagerUploadsAListWatchesTheProgressBarReadsTheReportAndCommits() throws IOException {
        Path list = legacyList(3000);
        journey.login("manager.draa");
        browser.get(journey.url("/transfer/imports?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");

        browser.findElement(By.id("source")).sendKeys("journey");
        browser.findElement(By.id("file")).sendKeys(list.toAbsolutePath().toString());
        journey.click(By.cssSelector("#import-form button[type=submit]"));

        assertThat(browser.findElements(By.id("import-progress")))
                .as("progress bar while the job runs")
                .isNotEmpty();
        journey.screenshot("import-progress-ar");
        waitForState("VALIDATED");
        assertThat(browser.findElement(By.id("count-new")).getText()).isEqualTo("2999");
        assertThat(browser.findElement(By.id("count-invalid")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("import-report")).getText()).contains("3001");
        journey.screenshot("import-report-ar");

        journey.click(By.id("import-commit"));
        waitForState("COMMITTED");

        assertThat(browser.findElement(By.id("count-written")).getText()).isEqualTo("2999");
    }

    private void waitForState(String state) {
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .ignoring(StaleElementReferenceException.class)
                .until(page ->
                        state.equals(page.findElement(By.id("import-state")).getDomAttribute("data-status")));
    }

    private static Path legacyList(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("national_id,first_name_ar,last_name_ar,sex,birth_date,province_code\n");
        for (int i = 1; i < rows; i++) {
            csv.append("JY").append(900000 + i).append(",محمد,أوحدو,M,12/03/1980,201\n");
        }
        csv.append("JY999999,محمد,أوحدو,M,1980/03/12,201\n");
        Files.createDirectories(FILES);
        return Files.writeString(FILES.resolve("liste-errachidia.csv"), csv.toString(), StandardCharsets.UTF_8);
    }
}
