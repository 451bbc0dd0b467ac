package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The artisan form as a chamber employee meets it: every problem at once, values kept, the character policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ArtisanFormsIT {

    private static final Locale FR = Locale.FRENCH;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void fieldErrorsAndRuleProblemsComeTogetherAndEveryTypedValueStays() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/new?lang=fr");
        String young = LocalDate.now().minusYears(12).toString();
        Map<String, String> form = form("JF50001");
        form.put("craftCode", "");
        form.put("birthDate", young);
        form.put("experienceYears", "1");

        WebResponse refused = agent.post("/registry/artisans", form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .as("the missing craft, the age and the years of practice, in one answer")
                .contains(text("jakarta.validation.constraints.NotBlank.message"))
                .contains(text("registry.artisan.birthDate.tooYoung"))
                .contains(text("registry.artisan.experience.artisan"))
                .contains("value=\"" + young + "\"")
                .contains("value=\"Zagouri\"")
                .contains("value=\"JF50001\"");
        assertThat(written("JF50001")).isZero();
    }

    @Test
    void aTamazightPageNeverShowsAnEnglishValidationMessage() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/new?lang=zgh");
        Map<String, String> form = form("JF50002");
        form.put("experienceYears", "200");

        String page = agent.post("/registry/artisans", form).body();

        assertThat(page)
                .contains(html(messages.getMessage(
                                "jakarta.validation.constraints.Max.message", null, Locale.forLanguageTag("zgh"))
                        .replace("{value}", "80")))
                .doesNotContain("must be")
                .doesNotContain("{jakarta");
        assertThat(written("JF50002")).isZero();
    }

    @Test
    void arabicPunctuationIsOrdinaryText() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/new?lang=ar");
        Map<String, String> form = form("JF50003");
        form.put("address", "حي الوحدة، رقم 12؛ قرب المسجد؟");

        assertThat(agent.post("/registry/artisans", form).status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select address from reg_artisan where national_id = 'JF50003'", String.class))
                .isEqualTo("حي الوحدة، رقم 12؛ قرب المسجد؟");
    }

    @Test
    void anInvisibleDirectionCharacterIsRefusedOnThePageNamingTheFieldAndNothingIsWritten() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/new?lang=fr");
        for (String invisible : new String[] {"\u202E", "\u2067", "\u061C", "\u200B", "\uFEFF", "\u0000"}) {
            Map<String, String> form = form("JF50004");
            form.put("firstNameAr", "يوسف" + invisible);
            form.put("address", "Hay" + invisible + " Al Wahda");

            WebResponse refused = agent.post("/registry/artisans", form);

            assertThat(refused.status()).as("U+%04X", (int) invisible.charAt(0)).isEqualTo(200);
            assertThat(refused.body()).contains(text("typeMismatch.java.lang.String"));
        }
        assertThat(written("JF50004")).isZero();
    }

    @Test
    void theApiRefusesInvisibleCharactersInEveryTextNamingEachField() {
        WebSession client = new WebSession(port);
        WebResponse refused = client.postJson(
                "/api/v1/registry/artisans",
                "{\"nationalId\":\"JF50005\",\"firstNameLat\":\"Youssef\\u200f\",\"lastNameLat\":\"Zagouri\","
                        + "\"sex\":\"M\",\"provinceCode\":\"587\",\"craftCode\":\"P05\",\"birthDate\":\"1980-04-01\","
                        + "\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\",\"address\":\"Hay\\u202e 12\","
                        + "\"otherCrafts\":[\"P01\\u2066\"]}",
                "Authorization",
                WebSession.basic("agent.draa", PlatformFixtures.PASSWORD),
                "Accept-Language",
                "fr");
        WebResponse search = client.get(
                "/api/v1/registry/artisans?q=Zag%E2%80%8Bouri",
                "Authorization", WebSession.basic("agent.draa", PlatformFixtures.PASSWORD), "Accept-Language", "fr");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body())
                .contains("\"field\":\"firstNameLat\"")
                .contains("\"field\":\"address\"")
                .contains("\"field\":\"otherCrafts[0]\"")
                .contains(messages.getMessage("platform.text.invisible", null, FR));
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.body()).contains("\"field\":\"q\"");
        assertThat(written("JF50005")).isZero();
    }

    private String text(String key) {
        return html(messages.getMessage(key, null, FR));
    }

    private int written(String nationalId) {
        return jdbc.queryForObject("select count(*) from reg_artisan where national_id = ?", Integer.class, nationalId);
    }

    private static Map<String, String> form(String nationalId) {
        return RegistryFixtures.registrationForm(nationalId, "Zagouri", "1980-04-01", "06 12 34 56 78");
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
