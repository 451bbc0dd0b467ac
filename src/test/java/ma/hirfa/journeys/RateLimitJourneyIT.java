package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Someone on a phone checks certificates one after another faster than the limit allows: the page says, in
 * Arabic, to wait a minute, instead of answering every guess (issue 13 item 5).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hirfa.demo=false", "hirfa.rate.verify=2"})
@BrowserJourney
class RateLimitJourneyIT {

    private Journey journey;

    @Test
    void theThirdVerificationOfAMinuteIsTheTooManyRequestsPageInArabic() {
        journey.phone();
        journey.open("/verify/first-guess");
        journey.open("/verify/second-guess");
        journey.open("/verify/third-guess");

        assertThat(journey.browser().findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(journey.browser().findElement(By.tagName("h1")).getText()).isEqualTo("طلبات كثيرة جدا");
        journey.screenshot("1-verify-too-many-ar-phone");
    }
}
