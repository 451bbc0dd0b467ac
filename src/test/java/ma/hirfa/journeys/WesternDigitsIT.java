package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.coverage.CoverageFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of every role's menu, in Arabic, writes its numbers and dates with Western digits and no Arabic
 * separator (ADR 0038): no U+0660–U+0669, U+06F0–U+06F9, U+066B or U+066C anywhere in the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class WesternDigitsIT {

    private static final Pattern ARABIC_INDIC = Pattern.compile("[\\u0660-\\u0669\\u06F0-\\u06F9\\u066B\\u066C]");
    private static final Pattern TAG = Pattern.compile("<a\\b[^>]*>");
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"?#]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private long artisan;
    private long owed;

    @BeforeEach
    void data() {
        PlatformFixtures.staff(accounts);
        artisan = RegistryFixtures.artisanIn("401").registered(port);
        RegistryFixtures.artisanIn("587").submitted(port);
        owed = CoverageFixtures.owedRetroactively(port, null);
    }

    @Test
    void noArabicPageOfAnyModuleWritesAnArabicIndicDigit() {
        SoftAssertions pages = new SoftAssertions();
        int scanned = 0;
        for (String user : List.of("admin", "manager.draa", "agent.draa", "coverage.draa", "field.draa", "ministry")) {
            WebSession session = WebSession.loggedIn(port, user);
            Set<String> paths = new LinkedHashSet<>(List.of("/", "/account"));
            paths.addAll(menu(session.get("/?lang=ar").body()));
            if (user.equals("agent.draa")) {
                paths.add("/registry/artisans/" + artisan);
                paths.add("/training/programmes");
            }
            if (user.equals("coverage.draa")) {
                paths.add("/coverage/artisans/" + owed + "?asOf=2024-07-31");
            }
            for (String path : paths) {
                WebResponse page = session.get(path);
                if (page.status() != 200) {
                    continue;
                }
                scanned++;
                assertThat(page.body()).as(path).contains("<html lang=\"ar\"");
                Matcher digit = ARABIC_INDIC.matcher(page.body());
                if (digit.find()) {
                    int from = Math.max(0, digit.start() - 60);
                    pages.fail("%s as %s writes %s", path, user, page.body().substring(from, digit.end() + 20));
                }
            }
        }
        pages.assertAll();
        assertThat(scanned).as("pages scanned").isGreaterThan(25);
    }

    /** The links of the header's menu, i.e. the main page of each module this user may open. */
    private static Set<String> menu(String page) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher tag = TAG.matcher(page);
        while (tag.find()) {
            Matcher href = HREF.matcher(tag.group());
            if (tag.group().contains("nav-link") && href.find()) {
                paths.add(href.group(1));
            }
        }
        return paths;
    }
}
