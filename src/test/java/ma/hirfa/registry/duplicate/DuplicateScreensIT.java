package ma.hirfa.registry.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hirfa.matching.DuplicatePair;
import ma.hirfa.matching.DuplicateReview;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The queue and the pair screen tell a score the way the search does (a percentage and a band, with a legend),
 * name both files with their province and birth year, and highlight the fields on which they differ.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class DuplicateScreensIT {

    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");

    @Autowired
    AccountService accounts;

    @Autowired
    DuplicateReview review;

    @LocalServerPort
    int port;

    private long arabic;
    private long latin;

    @BeforeEach
    void twoFilesOfOneWoman() {
        PlatformFixtures.staff(accounts);
        WebSession api = new WebSession(port);
        String found = api.get("/api/v1/registry/artisans?nationalId=JD590001", "Authorization", AGENT)
                .body();
        if (found.contains("JD590001")) {
            arabic = Long.parseLong(found.replaceFirst("(?s)^\\[\\{\"id\":(\\d+).*", "$1"));
            latin = Long.parseLong(api.get("/api/v1/registry/artisans?nationalId=JD590002", "Authorization", AGENT)
                    .body()
                    .replaceFirst("(?s)^\\[\\{\"id\":(\\d+).*", "$1"));
            return;
        }
        arabic = created(api.postJson(
                "/api/v1/registry/artisans",
                person("JD590001", "\"firstNameAr\":\"زهرة\",\"lastNameAr\":\"أوبراهيم\"", "0612345678", "401"),
                "Authorization",
                AGENT));
        latin = created(api.postJson(
                "/api/v1/registry/artisans",
                person("JD590002", "\"firstNameLat\":\"Zahra\",\"lastNameLat\":\"Oubrahim\"", "0698765432", "401"),
                "Authorization",
                AGENT));
    }

    @Test
    void thePairScreenNamesBothFilesAndHighlightsWhatDiffers() {
        DuplicatePair pair = pairOf(arabic, latin);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/?lang=ar");
        String page = manager.get("/registry/duplicates/" + pair.id()).body();

        assertThat(page).contains("زهرة أوبراهيم").contains("Zahra Oubrahim").doesNotContain(">#" + arabic + "<");
        assertThat(page).contains("class=\"table-warning pair-differs\"");
        // the national ids and the phones differ, the birth date does not
        assertThat(rowOf(page, "رقم البطاقة الوطنية")).contains("pair-differs");
        assertThat(rowOf(page, "تاريخ الازدياد")).contains("pair-same");
        assertThat(page).contains("مختلف").contains("id=\"pair-differences\"");
        assertThat(page).contains("class=\"badge match-score").contains("id=\"match-legend\"");
        assertThat(page).containsPattern("data-band=\"(STRONG|PROBABLE|POSSIBLE|WEAK)\"");
    }

    @Test
    void theQueueCountsPagesAndTellsProvinceAndBirthYear() {
        pairOf(arabic, latin);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/?lang=fr");
        String queue = manager.get("/registry/duplicates?size=100").body();
        assertThat(queue)
                .contains("id=\"pending-count\"")
                .contains("Zahra Oubrahim")
                .contains(">1975<");
        assertThat(queue).contains("Correspondance").contains("aria-sort");
        String one = manager.get("/registry/duplicates?size=1&sort=proposed&dir=desc")
                .body();
        assertThat(one.split("class=\"pair-row\"").length - 1).isEqualTo(1);
        long pending = review.pendingCount(java.util.Set.of("08"));
        if (pending > 1) {
            assertThat(one).contains("rel=\"next\"");
        }
    }

    private DuplicatePair pairOf(long a, long b) {
        List<DuplicatePair> pairs = review.involving(a, null);
        return pairs.stream()
                .filter(p -> p.other(a) == b)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pair " + a + "/" + b + " in " + pairs));
    }

    /** The table row of the pair screen whose header is this label. */
    private static String rowOf(String page, String label) {
        int at = page.indexOf(">" + label + "<");
        assertThat(at).as(label).isPositive();
        return page.substring(page.lastIndexOf("<tr", at), at);
    }

    private static long created(WebResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return Long.parseLong(response.location().replaceAll(".*/", ""));
    }

    private static String person(String nationalId, String names, String phone, String province) {
        return "{\"nationalId\":\"" + nationalId + "\"," + names + ",\"sex\":\"F\",\"birthDate\":\"1975-04-09\""
                + ",\"phone\":\"" + phone + "\",\"provinceCode\":\"" + province + "\","
                + "\"craftCode\":\"P01\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\"}";
    }
}
