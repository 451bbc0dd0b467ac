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
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * On a phone, in French, the coverage officer of Drâa-Tafilalet adds an artisan's child, records the fund's
 * rejection of a claim filed in May (the artisan had paid: the claim becomes owed) and leaves a follow-up note.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class CoverageFollowUpJourneyIT {

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
    void theOfficerAddsAChildRecordsTheFundsRejectionAndFindsTheClaimOwed() {
        CoverageFixtures.FiledClaim pending = CoverageFixtures.pendingWhileEntitled(journey.port());
        long claim = pending.claimId();
        long artisan = pending.artisanId();
        journey.login("coverage.draa");
        browser.get(journey.url("/coverage/artisans/" + artisan + "?lang=fr"));

        new Select(browser.findElement(By.id("b-relation"))).selectByValue("CHILD");
        browser.findElement(By.id("b-fullName")).sendKeys("Imane Ouchen");
        date(By.id("b-birthDate"), "2016-04-09");
        journey.click(By.id("add-beneficiary"));

        assertThat(browser.findElement(By.id("beneficiary-notice")).getText()).isEqualTo("Ayant droit ajouté.");
        assertThat(browser.findElement(By.id("beneficiary-list")).getText()).contains("Imane Ouchen");

        WebElement card = browser.findElement(By.id("claim-" + claim));
        WebElement summary = card.findElement(By.tagName("summary"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        try {
            summary.click();
        } catch (ElementClickInterceptedException coveredOnASmallScreen) {
            browser.executeScript("arguments[0].click()", summary);
        }
        new Select(card.findElement(By.name("decision"))).selectByValue("REJECTED");
        date(By.id("d-decidedOn-" + claim), "2024-06-20");
        new Select(card.findElement(By.name("rejectionReason"))).selectByValue("RIGHTS");
        assertThat(overflow(card))
                .as("the open decision form fits the phone's width")
                .isLessThanOrEqualTo(0L);
        assertThat(overflow(browser.findElement(By.id("beneficiaries"))))
                .as("the beneficiaries fit the phone's width")
                .isLessThanOrEqualTo(0L);
        journey.click(By.cssSelector("#claim-" + claim + " button.save-decision"));

        card = browser.findElement(By.id("claim-" + claim));
        assertThat(card.getDomAttribute("data-decision")).isEqualTo("REJECTED");
        assertThat(card.findElement(By.cssSelector(".owed")).getText()).contains("Dû rétroactivement");
        assertThat(card.getText()).contains("Réponse de la caisse enregistrée.").contains("Droits non ouverts");
        card.findElement(By.name("note")).sendKeys("Lettre à préparer pour l’agence d’Errachidia");
        journey.click(By.cssSelector("#claim-" + claim + " button.add-note"));
        assertThat(browser.findElement(By.cssSelector("#claim-" + claim + " .notes"))
                        .getText())
                .contains("Lettre à préparer pour l’agence d’Errachidia");
        journey.screenshot("coverage-claim-followed-fr-phone");

        browser.get(journey.url("/coverage/retroactive?lang=fr"));
        assertThat(browser.findElements(By.cssSelector("[data-claim='" + claim + "']")))
                .isNotEmpty();
    }

    /** How many pixels of the element's content stick out sideways (scroll width beyond its box). */
    private long overflow(WebElement element) {
        return ((Number) browser.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", element))
                .longValue();
    }

    /** Date fields are typed differently in each browser locale: the value is set as the form sends it. */
    private void date(By field, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(field), isoDate);
    }
}
