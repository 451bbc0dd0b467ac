package ma.hirfa.platform.layout;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.Role;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The language chosen at login, and the user's role and region in the page's language (ADR 0038). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class WordsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void theLanguageChosenOnTheLoginPageIsUsedAfterLoginAndSavedOnTheAccount() {
        accounts.createIfAbsent("words.login", "words-pass-1", "Words login", Role.CHAMBER_AGENT, "08", "ar");
        WebSession browser = new WebSession(port);
        assertThat(browser.get("/login?lang=zgh").body()).contains("<html lang=\"zgh\"");

        browser.login("words.login", "words-pass-1");

        assertThat(browser.get("/").body()).contains("<html lang=\"zgh\" dir=\"ltr\">");
        assertThat(accounts.preferredLanguage("words.login")).contains("zgh");
        WebSession otherDevice = new WebSession(port);
        otherDevice.login("words.login", "words-pass-1");
        assertThat(otherDevice.get("/").body()).contains("<html lang=\"zgh\"");
    }

    @Test
    void withoutAChoiceOnTheLoginPageTheAccountsLanguageStays() {
        accounts.createIfAbsent("words.kept", "words-pass-2", "Words kept", Role.CHAMBER_AGENT, "08", "fr");
        WebSession browser = new WebSession(port);
        assertThat(browser.get("/login").body()).contains("<html lang=\"ar\"");

        browser.login("words.kept", "words-pass-2");

        assertThat(browser.get("/").body()).contains("<html lang=\"fr\"");
        assertThat(accounts.preferredLanguage("words.kept")).contains("fr");
    }

    @Test
    void theHeaderNamesTheUserTheRoleAndTheRegionInThePagesLanguage() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");

        String arabic = header(agent.get("/?lang=ar").body());
        String french = header(agent.get("/?lang=fr").body());
        String tamazight = header(agent.get("/?lang=zgh").body());

        assertThat(arabic)
                .contains("موظفة تجريبية", "موظف الغرفة", "درعة - تافيلالت")
                .doesNotContain("Drâa", "Agent");
        assertThat(french).contains("Agent de test Drâa", "Agent de chambre", "Drâa-Tafilalet");
        assertThat(tamazight).contains("Agent de test Drâa", "ⴰⵎⵙⵡⵓⵔⵉ ⵏ ⵜⵎⵙⵔⴰⵢⵜ", "ⴷⵔⵄⴰ - ⵜⴰⴼⵉⵍⴰⵍⵜ");
    }

    @Test
    void theStaffListAndTheAccountPageShowRegionNamesNotCodes() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        WebSession agent = WebSession.loggedIn(port, "agent.fes");

        String users = admin.get("/admin/users?lang=ar").body();
        String account = agent.get("/account?lang=fr").body();

        assertThat(users).contains("<td>درعة - تافيلالت</td>").doesNotContain("<td dir=\"ltr\">08</td>");
        assertThat(account).contains("Fès-Meknès");
    }

    private static String header(String page) {
        int start = page.indexOf("id=\"me\"");
        assertThat(start).as("the header names the signed-in user").isPositive();
        return page.substring(start, page.indexOf("</form>", start));
    }
}
