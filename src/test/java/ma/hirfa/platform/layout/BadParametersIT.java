package ma.hirfa.platform.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** A bad query parameter on a page gets the translated 400 page naming it; on the API, problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class BadParametersIT {

    @Autowired
    AccountService accounts;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @ParameterizedTest(name = "{1}{2} in {0}")
    @CsvSource({
        "fr, /registry/artisans?status=FOO, '', agent.draa, status, platform.type.choice",
        "ar, /registry/artisans?status=FOO, '', agent.draa, status, platform.type.choice",
        "zgh, /registry/artisans?status=FOO, '', agent.draa, status, platform.type.choice",
        "fr, /registry/artisans?page=abc, '', agent.draa, page, platform.type.number",
        "ar, /registry/artisans?page=abc, '', agent.draa, page, platform.type.number",
        "zgh, /registry/artisans?page=abc, '', agent.draa, page, platform.type.number",
        "fr, /coverage/artisans/1?asOf=xx, '', coverage.draa, asOf, platform.type.date",
        "ar, /coverage/artisans/1?asOf=xx, '', coverage.draa, asOf, platform.type.date",
        "zgh, /coverage/artisans/1?asOf=xx, '', coverage.draa, asOf, platform.type.date",
        "fr, /vae/frameworks?level=CAP, '', manager.draa, level, platform.type.choice",
        "ar, /vae/frameworks?level=CAP, '', manager.draa, level, platform.type.choice",
        "zgh, /vae/frameworks?level=CAP, '', manager.draa, level, platform.type.choice",
        "ar, /training/sessions/1/eligible?q=, %E2%80%AE, agent.draa, q, platform.text.invisible",
    })
    void aPageAnswersTheTranslated400PageNamingTheParameter(
            String lang, String path, String suffix, String user, String parameter, String problemKey) {
        WebSession session = WebSession.loggedIn(port, user);
        session.get("/?lang=" + lang);

        WebResponse answer = session.get(path + (suffix == null ? "" : suffix), "Accept", "text/html");

        Locale locale = Locale.forLanguageTag(lang);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body())
                .doesNotContain("Whitelabel")
                .contains("lang=\"" + lang + "\"")
                .contains("id=\"bad-request\"")
                .contains(html(messages.getMessage("platform.error.generic.title", null, locale)))
                .contains(parameter + " : " + html(messages.getMessage(problemKey, null, locale)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/registry/artisans?page=abc, page",
        "/api/v1/registry/artisans?status=FOO, status",
    })
    void theApiKeepsProblemDetails(String path, String parameter) {
        WebResponse answer = new WebSession(port)
                .get(path, "Authorization", WebSession.basic("agent.draa", PlatformFixtures.PASSWORD));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"" + parameter + "\"");
    }

    /** As Thymeleaf writes a text: only the characters of HTML's syntax escaped. */
    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
