package ma.hirfa.vae;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A framework's criteria read in Arabic, French and Tamazight, a missing translation marked (ADR 0038). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CriteriaLanguagesIT {

    private static final String UNTRANSLATED_ZGH = "ⵓⵔ ⵉⵜⵜⵓⵙⵓⵖⵍ ⴰⵔ ⵖⵉⵍⴰ";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void theGenericCriteriaAreShownInEachLanguageAndAnUntranslatedOneIsMarked() {
        String craft = jdbc.queryForObject(
                "select min(code) from ref_craft where code not in (select craft_code from vae_framework)",
                String.class);
        String page = "/vae/frameworks?craft=" + craft + "&level=ATTESTATION&lang=";
        WebSession admin = WebSession.loggedIn(port, "admin");

        String arabic = admin.get(page + "ar").body();
        String french = admin.get(page + "fr").body();
        String tamazight = admin.get(page + "zgh").body();

        assertThat(arabic).contains("أدوات ملائمة ومصانة").doesNotContain("Outils adaptés", "لم يترجم بعد");
        assertThat(french).contains("Outils adaptés et entretenus").doesNotContain("non traduit");
        assertThat(tamazight).contains("ⵉⵎⴰⵙⵙⵏ ⵉⵍⵍⴰⵏ").doesNotContain("Outils adaptés", UNTRANSLATED_ZGH);

        WebResponse added = admin.postJson(
                "/api/v1/vae/frameworks/" + craft + "/ATTESTATION/competencies",
                """
                {"nameAr":"تزيين","nameFr":"Décorer","nameZgh":"ⴰⵣⵓⵡⵡⵇ","criteria":"Motifs réguliers",
                 "criteriaAr":"زخارف منتظمة"}""",
                "Authorization",
                WebSession.basic("admin", "demo1234"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);

        assertThat(admin.get(page + "ar").body()).contains("زخارف منتظمة").doesNotContain("لم يترجم بعد");
        assertThat(admin.get(page + "zgh").body())
                .contains("<span lang=\"fr\" dir=\"auto\">Motifs réguliers</span>")
                .contains(UNTRANSLATED_ZGH);
        assertThat(admin.get(page + "fr").body()).contains("Motifs réguliers").doesNotContain("non traduit");
    }
}
