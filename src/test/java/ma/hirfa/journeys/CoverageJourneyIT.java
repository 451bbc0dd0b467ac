package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Map;
import ma.hirfa.coverage.CoverageFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coverage officer of Drâa-Tafilalet, in Arabic, imports the fund's contributions file (checked first,
 * then committed), opens the artisan's rights month by month, finds the claim the fund owes and downloads the
 * letter for the fund.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class CoverageJourneyIT {

    private static final Path FILES = Path.of("target", "journey-files");

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
    void theCoverageOfficerImportsAFundFileSeesTheRightsFindsTheOwedClaimAndDownloadsTheArabicLetter()
            throws Exception {
        long artisanId = CoverageFixtures.owedRetroactively(journey.port(), "CPU-08-JOURNEY-1");
        Map<String, Object> enrolment =
                jdbc.queryForMap("select artisan_id, national_id from cov_enrolment where artisan_id = ?", artisanId);
        Path file = file(
                "cnss-contributions.csv",
                "national_id,fund_number,month,amount,paid_on,recorded_on\n" + enrolment.get("national_id")
                        + ",,2024-08,120.00,2024-08-18,2024-09-02\n"
                        + "ZZ000001,,2024-08,135.00,2024-08-18,\n");
        journey.login("coverage.draa");
        browser.get(journey.url("/?lang=ar"));

        journey.click(By.cssSelector("header a[href='/coverage']"));
        journey.click(By.id("link-imports"));
        assertThat(new Select(browser.findElement(By.id("kind")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("fund-contributions");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        journey.click(By.cssSelector("#import-form button[type=submit]"));
        waitForState("VALIDATED");

        assertThat(browser.findElement(By.id("count-new")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("count-invalid")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("count-held")).getText())
                .as("the unknown national id waits for the officer")
                .isEqualTo("1");
        assertThat(count(artisanId)).isEqualTo(7);
        journey.screenshot("coverage-dry-run-ar");
        journey.click(By.id("import-commit"));
        waitForState("COMMITTED");
        assertThat(browser.findElement(By.id("count-written")).getText()).isEqualTo("1");
        assertThat(count(artisanId)).isEqualTo(8);
        journey.click(By.id("import-follow-up-link"));
        assertThat(browser.findElement(By.cssSelector("#unknown tr[data-status='UNKNOWN']"))
                        .getText())
                .contains("ZZ000001");
        journey.screenshot("coverage-reconciliation-ar");
        browser.get(journey.url("/coverage/reconciliation?lang=zgh"));
        journey.screenshot("coverage-reconciliation-zgh");
        browser.get(journey.url("/coverage/reconciliation?lang=ar"));

        journey.click(By.cssSelector("header a[href='/coverage']"));
        browser.findElement(By.id("q")).sendKeys(String.valueOf(enrolment.get("national_id")));
        journey.click(By.id("search"));
        WebElement asOf = browser.findElement(By.id("asOf"));
        browser.executeScript("arguments[0].value = '2024-07-31'", asOf);
        journey.click(By.cssSelector("form[action^='/coverage/artisans'] button.btn-outline-primary"));
        // The grid's cell opens the folded month-by-month details at that month's row.
        WebElement cell = browser.findElement(By.cssSelector("#rights-grid a[data-month='2024-05']"));
        Journey.follow(browser, cell);
        WebElement may = browser.findElement(By.cssSelector("#rights tr[data-month='2024-05']"));
        assertThat(may.findElement(By.cssSelector(".entitled")).getText()).contains("مفتوحة");
        assertThat(may.findElement(By.cssSelector(".fund")).getText()).contains("في الانتظار");
        journey.screenshot("coverage-rights-ar");

        journey.click(By.cssSelector("header a[href='/coverage/retroactive']"));
        WebElement owed = browser.findElement(By.cssSelector(".owed-artisan[data-artisan='" + artisanId + "']"));
        // ADR 0038: a decimal comma, since a point beside Western digits reads as the Arabic-Indic zero.
        assertThat(owed.getText()).contains("920,00");
        String letter = owed.findElement(By.cssSelector("a.letter")).getDomProperty("href");
        journey.screenshot("coverage-retroactive-ar");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(letter))
                                .header(
                                        "Cookie",
                                        "HIRFA_SESSION="
                                                + browser.manage()
                                                        .getCookieNamed("HIRFA_SESSION")
                                                        .getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("920.00").contains("2024-05-14");
            assertThat(text.codePoints().filter(c -> c >= 0x0600 && c <= 0x06FF).count())
                    .isGreaterThan(100);
        }
    }

    private void waitForState(String state) {
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .ignoring(StaleElementReferenceException.class)
                .until(page ->
                        state.equals(page.findElement(By.id("import-state")).getDomAttribute("data-status")));
    }

    private int count(long artisanId) {
        return jdbc.queryForObject(
                "select count(*) from cov_contribution where artisan_id = ?", Integer.class, artisanId);
    }

    private static Path file(String name, String content) throws IOException {
        Files.createDirectories(FILES);
        return Files.writeString(FILES.resolve(name), content, StandardCharsets.UTF_8);
    }
}
