package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An agent of Drâa-Tafilalet signs in and reads Hirfa in Arabic, then in Tamazight, in a real Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class LanguageJourneyIT {

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
        RegistryFixtures.artisanIn("401").registered(journey.port());
    }

    @Test
    void anAgentSwitchesToArabicThenTamazight() {
        browser.get(journey.url("/login"));
        assertThat(attribute("html", "dir")).isEqualTo("rtl");
        browser.findElement(By.id("username")).sendKeys("agent.draa");
        browser.findElement(By.id("password")).sendKeys("demo1234");
        navigateBy(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        navigateBy(By.cssSelector("a[hreflang=fr]"));
        assertThat(attribute("html", "lang")).isEqualTo("fr");
        assertThat(attribute("html", "dir")).isEqualTo("ltr");
        journey.screenshot("1-home-fr");

        navigateBy(By.cssSelector("a[hreflang=ar]"));
        assertThat(attribute("html", "lang")).isEqualTo("ar");
        assertThat(attribute("html", "dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("حرفة");
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("الصناع التقليديون");
        journey.screenshot("2-home-ar");

        navigateBy(By.linkText("الصناع التقليديون"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("الصناع التقليديون");
        assertThat(browser.findElement(By.id("artisans")).getText()).containsPattern("[\\u0627-\\u064A]{3,}");
        journey.screenshot("3-artisans-ar");

        navigateBy(By.cssSelector("a[hreflang=zgh]"));
        assertThat(attribute("html", "lang")).isEqualTo("zgh");
        assertThat(attribute("html", "dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).containsPattern("[\\u2D30-\\u2D7F]");
        journey.screenshot("4-artisans-zgh");

        browser.navigate().to(journey.url("/registry/artisans/new"));
        navigateBy(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.id("form-errors")).getText()).containsPattern("[\\u2D30-\\u2D7F]");
        journey.screenshot("5-form-errors-zgh");
    }

    /** Clicks something that loads a new page, and waits for that page. */
    private void navigateBy(By target) {
        org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
        org.openqa.selenium.WebElement element = browser.findElement(target);
        // Bootstrap scrolls smoothly: a click while the page still moves lands on another element.
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    private String attribute(String selector, String name) {
        return browser.findElement(By.cssSelector(selector)).getDomAttribute(name);
    }
}
