package ma.hirfa.platform.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.coverage.CoverageFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Accessibility (ADR 0039): axe-core finds no serious or critical violation on the main page of every module, in
 * Arabic, French and Tamazight, at phone size, with the menu folded and then opened (colour contrast is judged
 * on what is shown). axe-core comes with its Maven artefact; nothing downloaded is committed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
// What the browser gets is the same whatever the database: checked once, in the H2 pass (saves CI minutes).
@DisabledIfSystemProperty(named = "hirfa.test.database", matches = "postgres")
class AccessibilityIT {

    @Autowired
    AccountService accounts;

    Journey journey;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void noSeriousOrCriticalViolationOnTheMainPagesInEveryLanguageAtPhoneSize() {
        journey.phone();
        List<MainPages> pages = MainPageData.all(journey.port());
        List<String> violations = new ArrayList<>();
        String signedIn = null;
        for (MainPages page : pages) {
            if (page.isPublic()) {
                journey.browser().manage().deleteAllCookies();
                signedIn = null;
            } else if (!page.user().equals(signedIn)) {
                journey.browser().manage().deleteAllCookies();
                journey.login(page.user());
                signedIn = page.user();
            }
            for (String language : List.of("ar", "fr", "zgh")) {
                journey.open(page.in(language));
                MainPagesCheck.opened(journey, page);
                check(page.in(language), violations);
                if (!journey.browser().findElements(By.id("menu-button")).isEmpty()) {
                    journey.browser().findElement(By.id("menu-button")).click();
                    check(page.in(language) + " (menu open)", violations);
                }
            }
        }
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    private void check(String where, List<String> violations) {
        for (Rule rule : new AxeBuilder().analyze(journey.browser()).getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                violations.add("%s: %s (%s) at %s"
                        .formatted(
                                where,
                                rule.getId(),
                                rule.getHelp(),
                                rule.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .limit(5)
                                        .toList()));
            }
        }
    }

    @Test
    void theCoverageRightsGridHasNoSeriousOrCriticalViolationAtPhoneSize() {
        long artisan = CoverageFixtures.owedRetroactively(journey.port(), "AX-2024-0001");
        journey.phone();
        journey.login("coverage.draa");
        List<String> violations = new ArrayList<>();
        for (String language : List.of("ar", "fr", "zgh")) {
            journey.open("/coverage/artisans/" + artisan + "?asOf=2024-07-31&lang=" + language);
            var cell = journey.browser().findElement(By.cssSelector("#rights-grid a[data-month='2024-05']"));
            Journey.follow(journey.browser(), cell);
            check("coverage artisan page (" + language + ")", violations);
        }
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }
}
