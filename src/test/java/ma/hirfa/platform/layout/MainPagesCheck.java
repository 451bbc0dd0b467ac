package ma.hirfa.platform.layout;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.support.Journey;

/** What both page checks ask before measuring: the page opened is the one meant, not a login or an error page. */
final class MainPagesCheck {

    private MainPagesCheck() {}

    static void opened(Journey journey, MainPages page) {
        assertThat(journey.browser().getCurrentUrl()).as(page.path()).contains(page.path());
        if (!page.isPublic()) {
            Object status = journey.browser()
                    .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus");
            assertThat(String.valueOf(status)).as("status of " + page.path()).isEqualTo("200");
        }
    }
}
