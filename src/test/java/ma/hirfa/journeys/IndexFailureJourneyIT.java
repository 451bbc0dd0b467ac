package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A chamber agent on a phone, in Arabic, whose registration cannot be written to the identity index (ADR 0061):
 * the form comes back with every typed value and says that nothing was saved; sent again once the index works,
 * the file is saved once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class IndexFailureJourneyIT {

    private static final String NATIONAL_ID = "IX800001";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private ChromeDriver browser;
    private Journey journey;

    @Test
    void anAgentWhoseFileCannotBeIndexedIsToldNothingWasSavedAndSendsItAgainOnAPhoneInArabic() {
        PlatformFixtures.staff(accounts);
        journey.login("agent.draa");
        journey.phone();
        journey.open("/registry/artisans/new?lang=ar");
        journey.type("nationalId", NATIONAL_ID);
        journey.type("firstNameAr", "سعيد");
        journey.type("lastNameAr", "أوفقير");
        journey.type("firstNameLat", "Said");
        journey.type("lastNameLat", "Oufkir");
        new Select(browser.findElement(By.id("sex"))).selectByValue("M");
        browser.executeScript("arguments[0].value = '1975-09-14'", browser.findElement(By.id("birthDate")));
        new Select(browser.findElement(By.id("provinceCode"))).selectByValue("587");
        new Select(browser.findElement(By.id("craftCode"))).selectByValue("P05");
        journey.type("experienceYears", "20");

        jdbc.execute("alter table mat_identity add constraint test_journey_index_broken"
                + " check (national_id is null or national_id <> '" + NATIONAL_ID + "')");
        try {
            submit();
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("تعذر إدراج الملف في فهرس البحث الخاص بالسجل، ولم يحفظ أي شيء")
                    .as("no field is at fault")
                    .doesNotContain("صحح الحقول المشار إليها");
            assertThat(browser.findElement(By.id("nationalId")).getDomProperty("value"))
                    .isEqualTo(NATIONAL_ID);
            assertThat(browser.findElement(By.id("lastNameAr")).getDomProperty("value"))
                    .isEqualTo("أوفقير");
            assertThat(files()).as("files saved").isZero();
            browser.executeScript("window.scrollTo(0, 0)");
            journey.screenshot("index-1-nothing-saved-form-kept-phone-ar");
        } finally {
            jdbc.execute("alter table mat_identity drop constraint if exists test_journey_index_broken");
        }

        submit();
        assertThat(journey.text("artisan-status")).isEqualTo("مسودة");
        assertThat(files()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mat_identity where national_id = ?", Long.class, NATIONAL_ID))
                .isEqualTo(1);
        journey.screenshot("index-2-sent-again-saved-once-phone-ar");
    }

    private void submit() {
        WebElement confirm = browser.findElements(By.id("confirmNotDuplicate")).stream()
                .findFirst()
                .orElse(null);
        if (confirm != null && !confirm.isSelected()) {
            confirm.sendKeys(Keys.SPACE);
        }
        journey.click(By.cssSelector("main form button[type=submit]"));
    }

    private long files() {
        return jdbc.queryForObject("select count(*) from reg_artisan where national_id = ?", Long.class, NATIONAL_ID);
    }
}
