package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.calls.CallsFixtures;
import ma.hirfa.platform.ArtisanAccounts;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import ma.hirfa.support.PdfLayout;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In Arabic, the life of a call for applications offered by a test module (market stalls): an agent drafts and
 * opens it and applies for a weaver, another artisan applies from her phone, the committee's member who declared
 * the weaver a relative is refused, the agent scores, the manager publishes (minutes PDF), the artisan sees her rank
 * and appeals, the manager rejects the appeal and declares the ranking final.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class CallsJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ArtisanAccounts artisanAccounts;

    @Autowired
    JdbcTemplate jdbc;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void aCallGoesFromDraftToAFinalRankingWithAConflictRefusedAndAnAppeal() {
        long weaver = RegistryFixtures.artisanIn("401").named("Fatna", "Amzian").registered(port);
        String weaverNumber =
                jdbc.queryForObject("select registration_number from reg_artisan where id = ?", String.class, weaver);
        long potter = RegistryFixtures.artisanIn("401").named("Itto", "Oubella").registered(port);
        String username = "itto." + potter;
        String password =
                artisanAccounts.open(username, "Itto Oubella", potter, "08").orElseThrow();

        journey.login("agent.draa");
        journey.open("/calls?lang=ar");
        journey.click(By.id("new-call"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("test.stalls");
        journey.type("ownerId", "12");
        journey.click(By.id("choose-owner"));
        journey.type("titleAr", "إسناد دكاكين سوق الاختبار");
        journey.type("titleFr", "Attribution des échoppes du souk");
        journey.type("titleZgh", "ⴰⴼⴽⴽⵉ ⵏ ⵜⵃⴰⵏⵓⵜⵉⵏ");
        for (WebElement item : browser.findElements(By.name("itemRefs"))) {
            item.click();
        }
        browser.executeScript(
                "arguments[0].value = arguments[1]",
                browser.findElement(By.id("closesOn")),
                LocalDate.now().toString());
        journey.click(By.id("save-call"));
        assertThat(journey.text("call-status")).isEqualTo("مسودة");
        assertThat(journey.text("grid")).contains("الأقدمية في الحرفة").contains("تسيّره امرأة");
        journey.screenshot("calls-1-draft-ar");
        String call = browser.getCurrentUrl().replaceAll("\\?.*", "");
        long callId = Long.parseLong(call.replaceAll(".*/", ""));
        journey.click(By.id("open-call"));
        assertThat(journey.text("call-status")).isEqualTo("مفتوح");

        journey.type("artisanReference", weaverNumber);
        new Select(browser.findElement(By.id("preference-1"))).selectByValue("S-1");
        new Select(browser.findElement(By.id("preference-2"))).selectByValue("S-2");
        journey.click(By.id("save-application"));
        assertThat(journey.text("message")).isEqualTo("تم تسجيل الترشيح.");
        assertThat(journey.text("applications")).contains("Fatna Amzian");
        journey.logout();

        journey.phone();
        artisanLogin(username, password);
        journey.open("/calls?lang=ar");
        journey.click(By.linkText("إسناد دكاكين سوق الاختبار"));
        new Select(browser.findElement(By.id("choice-1"))).selectByValue("S-1");
        journey.click(By.id("apply"));
        assertThat(journey.text("message")).isEqualTo("تم استلام ترشيحك.");
        assertThat(journey.text("my-application")).contains("لم تُنشر النتائج بعد");
        journey.screenshot("calls-2-artisan-applied-ar-phone");
        journey.logout();

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        journey.login("agent.draa");
        journey.open("/calls/" + callId + "?lang=ar");
        journey.click(By.id("close-call"));
        assertThat(journey.text("call-status")).isEqualTo("مغلق");
        addMember("manager.draa", "مدير اللجنة", weaverNumber);
        addMember("agent.draa", "موظفة اللجنة", "");
        assertThat(journey.text("members")).contains("مدير اللجنة").contains("موظفة اللجنة");
        journey.logout();

        journey.login("manager.draa");
        journey.open("/calls/" + callId + "/committee?lang=ar");
        long weaverApplication = jdbc.queryForObject(
                "select id from call_application where call_id = ? and applicant_id = ?", Long.class, callId, weaver);
        journey.click(By.id("declare-" + weaverApplication));
        assertThat(journey.text("errors"))
                .contains("لا يمكن لـ مدير اللجنة تنقيط")
                .contains("قريب مصرّح به");
        journey.screenshot("calls-3-conflict-refused-ar");
        journey.logout();

        journey.login("agent.draa");
        journey.open("/calls/" + callId + "/committee?lang=ar");
        List<Long> applications =
                jdbc.queryForList("select id from call_application where call_id = ? order by id", Long.class, callId);
        int score = 6;
        for (long application : applications) {
            journey.click(By.id("declare-" + application));
            for (WebElement input :
                    browser.findElements(By.cssSelector("#sheet-" + application + " input[type=number]"))) {
                input.sendKeys(String.valueOf(score));
            }
            for (WebElement why : browser.findElements(By.cssSelector("#sheet-" + application + " input[type=text]"))) {
                why.sendKeys("ملف مطابق");
            }
            journey.click(By.id("save-scores-" + application));
            assertThat(journey.text("message")).isEqualTo("تم حفظ النقط.");
            score += 2;
        }
        show("#sheet-" + applications.get(0));
        journey.screenshot("calls-4-committee-scores-ar");
        journey.logout();

        journey.login("manager.draa");
        journey.open("/calls/" + callId + "?lang=ar");
        journey.click(By.id("publish-call"));
        assertThat(journey.text("call-status")).isEqualTo("النتائج منشورة");
        assertThat(journey.text("tie-break")).contains("يتقدم الترشيح المودع أولا");
        assertThat(journey.text("application-" + applications.get(1))).startsWith("1");
        show("#ranking-section");
        journey.screenshot("calls-5-published-ar");
        byte[] minutes = new WebSession(port)
                .download("/api/v1/calls/" + callId + "/minutes.pdf", "Authorization", CallsFixtures.MANAGER);
        assertThat(PdfText.of(minutes))
                .contains("Procès-verbal de la commission")
                .contains("Fatna Amzian")
                .contains("Itto Oubella")
                .contains("مدير اللجنة");
        PdfLayout.screenshot(minutes, "calls-minutes")
                .assertInsidePages()
                .assertInsideFrame(15)
                .assertNothingOverlaps();
        journey.logout();

        journey.phone();
        artisanLogin(username, password);
        journey.open("/calls/" + callId + "/apply?lang=ar");
        assertThat(journey.text("my-rank")).isEqualTo("رتبتك: 1");
        journey.type("grounds", "أطلب مراجعة نقطة الأقدمية");
        journey.click(By.id("lodge-appeal"));
        assertThat(journey.text("message")).isEqualTo("تم تسجيل التظلم.");
        assertThat(browser.findElements(By.id("appeal-form")))
                .as("one appeal waits at a time")
                .isEmpty();
        journey.screenshot("calls-6-artisan-rank-and-appeal-ar-phone");
        journey.logout();

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        journey.login("manager.draa");
        journey.open("/calls/" + callId + "?lang=ar");
        long appeal = jdbc.queryForObject("select id from call_appeal where call_id = ?", Long.class, callId);
        new Select(browser.findElement(By.id("outcome-" + appeal))).selectByValue("REJECTED");
        journey.type("reason-" + appeal, "الأقدمية محسوبة وفق الوثائق");
        journey.click(By.id("decide-" + appeal));
        assertThat(journey.text("appeal-" + appeal)).contains("تظلم مرفوض");
        journey.click(By.id("final-call"));
        assertThat(journey.text("call-status")).isEqualTo("الترتيب نهائي");
        show("#appeals-section");
        journey.screenshot("calls-7-final-ar");
    }

    /** Scrolls what the screenshot is about to the top of the window. */
    private void show(String selector) {
        browser.executeScript(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'})", selector);
    }

    /** An artisan signs in with the first password of her account (the demo password is staff's). */
    private void artisanLogin(String username, String password) {
        journey.open("/login");
        journey.type("username", username);
        journey.type("password", password);
        journey.click(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    private void addMember(String username, String name, String relatives) {
        journey.type("username", username);
        journey.type("fullName", name);
        journey.type("relativeReferences", relatives);
        journey.click(By.id("add-member"));
        assertThat(journey.text("message")).isEqualTo("أُضيف العضو إلى اللجنة.");
    }
}
