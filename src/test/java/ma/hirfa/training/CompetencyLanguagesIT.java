package ma.hirfa.training;

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

/** A programme's competencies in Arabic, French and Tamazight, a missing translation marked (ADR 0038). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CompetencyLanguagesIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void eachCompetencyIsShownInThePagesLanguageOrMarkedAsUntranslated() {
        WebResponse created = new WebSession(port)
                .postJson(
                        "/api/v1/training/programmes",
                        """
                        {"titleAr":"نسيج","titleFr":"Tissage","titleZgh":"ⴰⵥⵟⵟⴰ","type":"CENTRE","crafts":[],"hours":20,
                         "competencies":"Monter le métier\\nTisser un motif berbère",
                         "competenciesAr":"تركيب المنسج\\nنسج زخرفة أمازيغية",
                         "competenciesZgh":"ⴰⵙⴱⴷⴷ ⵏ ⵓⵥⵟⵟⴰ",
                         "minAttendancePercent":80,"assessmentRequired":false}""",
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        WebSession agent = WebSession.loggedIn(port, "agent.draa");

        String arabic = agent.get("/training/programmes?lang=ar").body();
        String tamazight = agent.get("/training/programmes?lang=zgh").body();

        assertThat(arabic)
                .contains("تركيب المنسج")
                .contains("نسج زخرفة أمازيغية")
                .doesNotContain("Monter le métier");
        assertThat(tamazight)
                .contains("<span lang=\"zgh\" dir=\"auto\" class=\"tfng\">ⴰⵙⴱⴷⴷ ⵏ ⵓⵥⵟⵟⴰ</span>")
                .contains("<span lang=\"fr\" dir=\"auto\">Tisser un motif berbère</span>")
                .contains("ⵓⵔ ⵉⵜⵜⵓⵙⵓⵖⵍ ⴰⵔ ⵖⵉⵍⴰ");
    }
}
