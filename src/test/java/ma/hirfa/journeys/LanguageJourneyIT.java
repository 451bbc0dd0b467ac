package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import ma.hirfa.support.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An agent of Drâa-Tafilalet signs in on a phone and reads Hirfa in French, Arabic, then Tamazight, switching with
 * the header's buttons in a real Chromium: each switch is a POST that saves the choice on the account and comes
 * back to the page the agent was reading (issue 13 item 12).
 */
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
        // An account of its own: the switch saves the language, which other journeys' agents must not inherit.
        accounts.createIfAbsent("lang.journey", "demo1234", "Agent langues", Role.CHAMBER_AGENT, "08", "ar");
        journey.phone();
        RegistryFixtures.artisanIn("401").registered(journey.port());
    }

    @Test
    void anAgentSwitchesToArabicThenTamazight() {
        browser.get(journey.url("/login"));
        assertThat(attribute("html", "dir")).isEqualTo("rtl");
        browser.findElement(By.id("username")).sendKeys("lang.journey");
        browser.findElement(By.id("password")).sendKeys("demo1234");
        navigateBy(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        assertThat(browser.findElement(By.id("menu")).getDomAttribute("open"))
                .as("the phone menu is folded")
                .isNull();
        assertThat(language("fr").isDisplayed())
                .as("the switch stays outside the folded menu")
                .isTrue();
        navigateBy(languageButton("fr"));
        assertThat(attribute("html", "lang")).isEqualTo("fr");
        assertThat(attribute("html", "dir")).isEqualTo("ltr");
        assertThat(accounts.preferredLanguage("lang.journey")).contains("fr");
        journey.screenshot("1-home-fr");

        navigateBy(languageButton("ar"));
        assertThat(attribute("html", "lang")).isEqualTo("ar");
        assertThat(attribute("html", "dir")).isEqualTo("rtl");
        assertThat(language("ar").getDomAttribute("aria-current")).isEqualTo("true");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("حرفة");
        browser.findElement(By.id("menu-button")).click();
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("الصناع التقليديون");
        journey.screenshot("2-home-ar");

        navigateBy(By.linkText("الصناع التقليديون"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("الصناع التقليديون");
        assertThat(browser.findElement(By.id("artisans")).getText()).containsPattern("[\\u0627-\\u064A]{3,}");
        journey.screenshot("3-artisans-ar");

        navigateBy(languageButton("zgh"));
        assertThat(browser.getCurrentUrl())
                .as("back on the page it was switched on")
                .contains("/registry/artisans");
        assertThat(attribute("html", "lang")).isEqualTo("zgh");
        assertThat(accounts.preferredLanguage("lang.journey")).contains("zgh");
        assertThat(attribute("html", "dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).containsPattern("[\\u2D30-\\u2D7F]");
        journey.screenshot("4-artisans-zgh");

        browser.navigate().to(journey.url("/registry/artisans/new"));
        navigateBy(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.id("form-errors")).getText()).containsPattern("[\\u2D30-\\u2D7F]");
        journey.screenshot("5-form-errors-zgh");
    }

    /** Clicks something that loads a new page, and waits for that page. */
    /** Clicks what loads a new page and waits for it, the kit's way (tolerant of Chromium's navigation quirks). */
    private void navigateBy(By target) {
        Journeys.click(browser, target);
    }

    private org.openqa.selenium.WebElement language(String code) {
        return browser.findElement(languageButton(code));
    }

    private static By languageButton(String code) {
        return By.cssSelector(".hirfa-languages button[lang=" + code + "]");
    }

    private String attribute(String selector, String name) {
        return browser.findElement(By.cssSelector(selector)).getDomAttribute(name);
    }
}
