package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.coverage.CoverageFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * On a phone, in Arabic, the coverage officer finds the menu folded under its button, opens it with the keyboard,
 * then reads an artisan's rights on the year × month grid and opens one month's details (ADR 0039).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class PhoneJourneyIT {

    @Autowired
    AccountService accounts;

    private ChromeDriver browser;
    private Journey journey;

    @BeforeEach
    void onAPhone() {
        PlatformFixtures.staff(accounts);
        journey.phone();
    }

    @Test
    void theMenuFoldsAndTheRightsFitOnAPhoneInArabic() {
        long artisan = CoverageFixtures.owedRetroactively(journey.port(), "PH-2024-0001");
        journey.login("coverage.draa");
        journey.open("/?lang=ar");

        WebElement menu = browser.findElement(By.id("menu"));
        WebElement link = browser.findElement(By.cssSelector("header a[href='/coverage/retroactive']"));
        assertThat(menu.getDomAttribute("open")).isNull();
        assertThat(link.isDisplayed()).isFalse();
        long header = ((Number)
                        browser.executeScript("return document.querySelector('header').getBoundingClientRect().height"))
                .longValue();
        assertThat(header).as("header height on an 844 px screen").isLessThan(844 / 5);
        journey.screenshot("phone-menu-closed-ar");

        // Keyboard: the summary is a button reached with Tab and opened with Enter.
        browser.executeScript("document.getElementById('menu-button').focus()");
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(menu.getDomAttribute("open")).isNotNull();
        assertThat(link.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("header form.hirfa-logout button[type=submit]"))
                        .isDisplayed())
                .isTrue();
        journey.screenshot("phone-menu-open-ar");

        journey.open("/coverage/artisans/" + artisan + "?lang=ar&asOf=2024-07-31");
        WebElement may = browser.findElement(By.cssSelector("#rights-grid a[data-month='2024-05']"));
        assertThat(may.getDomAttribute("title"))
                .contains("2024-05")
                .contains("مفتوحة")
                .contains("في الانتظار");
        // 24 months up to July 2024: August 2022 to July 2024, three years.
        assertThat(browser.findElements(By.cssSelector("#rights-grid tbody"))).hasSize(3);
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("page wider than the phone").isLessThanOrEqualTo(0);
        Number gridRight = (Number)
                browser.executeScript("const r = document.getElementById('rights-grid').getBoundingClientRect();"
                        + " return Math.max(r.right - document.documentElement.clientWidth, -r.left)");
        assertThat(gridRight.intValue()).as("grid outside the screen").isLessThanOrEqualTo(0);
        assertThat(browser.findElement(By.cssSelector("#rights-grid thead")).getText())
                .as("Western digits on an Arabic page")
                .contains("01")
                .contains("12");
        assertThat(browser.findElement(By.id("rights-legend")).getText())
                .contains("مفتوحة")
                .contains("موقوفة");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", may);
        journey.screenshot("phone-rights-grid-ar");

        Journey.follow(browser, may);
        WebElement row = browser.findElement(By.id("month-2024-05"));
        assertThat(browser.findElement(By.id("rights-details")).getDomAttribute("open"))
                .isNotNull();
        assertThat(row.findElement(By.cssSelector(".entitled")).getText()).contains("مفتوحة");
        Number brokenDates = (Number) browser.executeScript(
                "return [...document.querySelectorAll('#rights tbody th, #rights td .text-nowrap')].filter(e => {"
                        + " const text = document.createRange(); text.selectNodeContents(e);"
                        + " return new Set([...text.getClientRects()].map(r => Math.round(r.top))).size > 1;"
                        + " }).length");
        assertThat(brokenDates.intValue()).as("dates broken across lines").isZero();
        browser.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", row);
        journey.screenshot("phone-rights-details-ar");
    }
}
