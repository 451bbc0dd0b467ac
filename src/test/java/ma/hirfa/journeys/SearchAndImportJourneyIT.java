package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In Arabic: an agent types one name in the register's one search box and finds the namesakes written in both
 * scripts, with their score, province and birth year, pages through them at phone size; a manager compares a
 * pair of possible duplicates; the agent imports a list and reads a report that names columns in Arabic, says
 * which row a repeated row repeats and links to the drafts created.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hirfa.demo=false", "hirfa.transfer.poll-interval=200ms"})
@BrowserJourney
class SearchAndImportJourneyIT {

    private static final Path FILES = Path.of("target", "journey-files");
    private static final List<String[]> FIRST_NAMES = List.of(
            new String[] {"Lahcen", "لحسن"},
            new String[] {"Fatima", "فاطمة"},
            new String[] {"Youssef", "يوسف"},
            new String[] {"Itto", "إيطو"},
            new String[] {"Hamid", "حميد"},
            new String[] {"Zahra", "زهرة"},
            new String[] {"Moha", "موحى"},
            new String[] {"Aicha", "عائشة"},
            new String[] {"Said", "سعيد"},
            new String[] {"Mina", "مينة"},
            new String[] {"Omar", "عمر"},
            new String[] {"Touda", "تودة"});

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;

    /** Two dozen Ouahdou, half written in Arabic only and half in Latin letters only, in two provinces. */
    @BeforeEach
    void namesakesInBothScripts() {
        PlatformFixtures.staff(accounts);
        for (int i = 0; i < 24; i++) {
            String[] first = FIRST_NAMES.get(i % FIRST_NAMES.size());
            String names = i % 2 == 0
                    ? "\"firstNameAr\":\"" + first[1] + "\",\"lastNameAr\":\"أوحدو\""
                    : "\"firstNameLat\":\"" + first[0] + "\",\"lastNameLat\":\"Ouahdou\"";
            record(
                    String.format("JW%06d", 810000 + i),
                    names,
                    String.format("19%02d-0%d-1%d", 60 + i, 1 + i % 9, i % 10),
                    i % 3 == 0 ? "577" : "401");
        }
        record("JW819990", "\"firstNameAr\":\"رقية\",\"lastNameAr\":\"أمزيان\"", "1982-06-14", "401");
        record("JW819991", "\"firstNameLat\":\"Rkia\",\"lastNameLat\":\"Amziane\"", "1982-06-14", "401");
    }

    @Test
    void searchPageComparePairAndReadTheImportReportInArabic() throws IOException {
        journey.login("agent.draa");
        journey.open("/registry/artisans?lang=ar");
        browser.findElement(By.id("q")).sendKeys("أوحدو");
        journey.click(By.cssSelector("#identity-search button[type=submit]"));

        String count = journey.text("result-count");
        assertThat(count).containsPattern("^2[0-9] ملف").doesNotContainPattern("[٠-٩]");
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.artisan-row"));
        assertThat(rows).hasSize(20);
        assertThat(browser.findElement(By.id("artisans")).getText())
                .contains("Ouahdou")
                .contains("أوحدو");
        assertThat(browser.findElements(By.cssSelector("tr.artisan-row .match-score")))
                .hasSize(20);
        assertThat(browser.findElements(By.cssSelector("tr.artisan-row .birth-year")))
                .hasSize(20);
        journey.screenshot("lists-search-1-namesakes-both-scripts-ar");

        journey.click(By.cssSelector("nav .pagination a[rel=next]"));
        assertThat(browser.getCurrentUrl()).contains("page=1");
        assertThat(browser.findElements(By.cssSelector("tr.artisan-row")).size())
                .isEqualTo(Integer.parseInt(count.replaceAll("\\D.*", "")) - 20);
        journey.phone();
        scrollTo(browser.findElement(By.id("result-count")));
        journey.screenshot("lists-search-2-page-2-phone-ar");
        journey.click(By.cssSelector("#page-sizes a"));
        assertThat(browser.getCurrentUrl()).contains("size=");
        journey.screenshot("lists-search-3-page-size-phone-ar");
        browser.manage().window().setSize(new Dimension(1280, 900));

        journey.logout();
        journey.login("manager.draa");
        journey.open("/registry/duplicates?lang=ar");
        assertThat(browser.findElement(By.id("pairs")).getText()).contains("رقية أمزيان");
        journey.screenshot("lists-search-4-duplicate-queue-ar");
        WebElement review = browser.findElements(By.cssSelector("tr.pair-row")).stream()
                .filter(r -> r.getText().contains("رقية أمزيان"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("a.review-pair"));
        browser.get(review.getDomProperty("href"));
        assertThat(journey.text("file-a") + journey.text("file-b"))
                .contains("رقية أمزيان")
                .contains("Rkia Amziane");
        assertThat(browser.findElements(By.cssSelector("#pair-compare tr.pair-differs")))
                .isNotEmpty();
        journey.screenshot("lists-search-5-duplicate-pair-ar");

        journey.logout();
        journey.login("agent.draa");
        journey.open("/transfer/imports?lang=ar");
        browser.findElement(By.cssSelector("details.import-kind-columns[data-kind=artisans] summary"))
                .click();
        journey.screenshot("lists-search-6-import-columns-ar");
        browser.findElement(By.id("source")).sendKeys("journey-report");
        browser.findElement(By.id("file")).sendKeys(list().toAbsolutePath().toString());
        journey.click(By.cssSelector("#import-form button[type=submit]"));
        waitForState("VALIDATED");
        assertThat(browser.findElement(By.id("import-report")).getText())
                .contains("كما في السطر 2")
                .contains("تاريخ الازدياد");
        scrollTo(browser.findElement(By.id("import-report")));
        journey.screenshot("lists-search-7-import-report-ar");
        journey.click(By.id("import-commit"));
        waitForState("COMMITTED");
        assertThat(journey.text("import-state")).isEqualTo("انتهى الاستيراد");
        journey.screenshot("lists-search-8-import-committed-ar");
        journey.click(By.id("import-written-link"));
        assertThat(journey.text("result-count")).startsWith("2 ");
        journey.screenshot("lists-search-9-import-drafts-ar");
    }

    private void scrollTo(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    private void waitForState(String state) {
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .ignoring(StaleElementReferenceException.class)
                .until(page ->
                        state.equals(page.findElement(By.id("import-state")).getDomAttribute("data-status")));
    }

    private static Path list() throws IOException {
        String csv = "national_id,first_name_ar,last_name_ar,sex,birth_date,province_code\n"
                + "JW829001,مبارك,أيت باها,M,1971-02-03,201\n"
                + "JW829002,حادة,أوسعيد,F,1979-13-40,201\n"
                + "JW829003,إيدير,أمغار,M,1966-10-09,201\n"
                + "JW829001,مبارك,أيت باها,M,1971-02-03,201\n";
        Files.createDirectories(FILES);
        return Files.writeString(FILES.resolve("liste-report-ar.csv"), csv, StandardCharsets.UTF_8);
    }

    private void record(String nationalId, String names, String born, String province) {
        WebResponse created = new WebSession(journey.port())
                .postJson(
                        "/api/v1/registry/artisans",
                        "{\"nationalId\":\"" + nationalId + "\"," + names + ",\"sex\":\"M\",\"birthDate\":\"" + born
                                + "\",\"phone\":\"0661234567\",\"provinceCode\":\"" + province
                                + "\",\"craftCode\":\"P01\",\"category\":\"ARTISAN\","
                                + "\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":20}",
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
    }
}
