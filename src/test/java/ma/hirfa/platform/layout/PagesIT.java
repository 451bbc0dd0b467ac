package ma.hirfa.platform.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@Import(PagesIT.FailingPage.class)
@ExtendWith(OutputCaptureExtension.class)
class PagesIT {

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void anonymousVisitorsGetTheLoginPageInArabicRightToLeft() {
        WebResponse login = new WebSession(port).get("/", "Accept-Language", "fr-FR,fr;q=0.9");

        assertThat(login.location()).endsWith("/login");
        String page = new WebSession(port).get("/login").body();
        assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">").contains("تسجيل الدخول");
    }

    @Test
    void anUnknownLanguageCodeKeepsTheDefaultLanguageWithoutAnError() {
        WebResponse page = new WebSession(port).get("/login?lang=xx");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void theLanguageSwitcherServesFrenchAndTamazight() {
        WebSession browser = new WebSession(port);

        assertThat(browser.get("/login?lang=fr").body())
                .contains("<html lang=\"fr\" dir=\"ltr\">")
                .contains("Connexion");
        assertThat(browser.get("/login").body()).contains("<html lang=\"fr\"");
        assertThat(browser.get("/login?lang=zgh").body())
                .contains("<html lang=\"zgh\" dir=\"ltr\">")
                .containsPattern("[\\u2D30-\\u2D7F]{3,}");
    }

    @Test
    void aUserKeepsTheLanguageTheyChoseOnTheirNextLogin() {
        accounts.createIfAbsent("lang.test", "language-pass-1", "Lang test", Role.CHAMBER_AGENT, "08", "ar");
        WebSession firstVisit = new WebSession(port);
        firstVisit.login("lang.test", "language-pass-1");
        assertThat(firstVisit.get("/").body()).contains("<html lang=\"ar\"");
        // the header's language switch saves the choice (a POST: a GET only switches this browser)
        firstVisit.post("/language", Map.of("lang", "zgh", "back", "/"));

        WebSession otherDevice = new WebSession(port);
        otherDevice.login("lang.test", "language-pass-1");

        assertThat(otherDevice.get("/").body()).contains("<html lang=\"zgh\"");
    }

    @Test
    void anUnknownPageShowsATranslated404() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/?lang=ar");

        WebResponse missing = agent.get("/no/such/page");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("الصفحة غير موجودة").doesNotContain("Exception");
    }

    @Test
    void anErrorShowsATranslatedPageWithAReferenceThatIsAlsoLogged(CapturedOutput log) {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/?lang=fr");

        WebResponse failure = agent.get("/test/failure");

        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.body())
                .contains("Une erreur est survenue")
                .doesNotContain("IllegalStateException", "at ma.hirfa");
        Matcher reference =
                Pattern.compile("id=\"error-reference\">([0-9A-F]{16})<").matcher(failure.body());
        assertThat(reference.find()).isTrue();
        assertThat(log.getOut() + log.getErr())
                .contains("Error reference " + reference.group(1))
                .contains("simulated failure");
    }

    @Test
    void healthReportsUpWithTheDatabase() {
        WebResponse health = new WebSession(port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}");
    }

    @Test
    void theVersionedApiIsDescribedWithOpenApi() {
        WebSession browser = new WebSession(port);

        assertThat(browser.get("/v3/api-docs").body())
                .contains("/api/v1/reference/regions")
                .contains("/api/v1/registry/artisans")
                .contains("/api/v1/audit/verification");
        assertThat(browser.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void fontsForArabicAndTifinaghAreServedByHirfa() {
        WebSession browser = new WebSession(port);

        assertThat(browser.get("/fonts/NotoNaskhArabic-Regular.ttf").status()).isEqualTo(200);
        assertThat(browser.get("/fonts/NotoSansTifinagh-Regular.ttf").status()).isEqualTo(200);
        assertThat(browser.get("/css/fonts.css").body()).contains("Hirfa Tifinagh");
    }

    @TestConfiguration
    static class FailingPage {

        @Controller
        static class FailingController {

            @GetMapping("/test/failure")
            String fail() {
                throw new IllegalStateException("simulated failure");
            }
        }
    }
}
