package ma.hirfa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused new session comes back with every message, on top and at its field, and what was typed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class SessionFormIT {

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void missingFieldsAndDatesOutOfOrderAreToldTogetherOnTopAndAtTheirFieldsWithTheTypedValuesKept() {
        Document page = refused(Map.of("programmeId", "", "trainer", "", "endsOn", "2026-03-01"));

        assertThat(page.select("#form-errors").text())
                .contains("Ce champ est obligatoire.")
                .contains("Le dernier jour ne peut pas précéder le premier.");
        assertThat(page.select("#programmeId").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#trainer").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#programmeId-errors").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#trainer-errors").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#place").val()).isEqualTo("Tinghir, souk");
        assertThat(page.select("#endsOn").val()).isEqualTo("2026-03-01");
        assertThat(page.select("#provinceCode option[selected]").val()).isEqualTo("587");
    }

    @Test
    void valuesThatCannotBeReadAreToldAtTheirFieldsAndKeptAsTyped() {
        long programme = new TrainingApi(() -> port, "agent.draa").programme("[]", 80, false);

        Document page = refused(Map.of("programmeId", "" + programme, "capacity", "vingt", "startsOn", "2026-13-45"));

        assertThat(page.select("#form-errors").text())
                .contains("Pas un nombre.")
                .contains("Pas une date valide.");
        assertThat(page.select("#capacity").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#startsOn").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#capacity-errors").text()).isEqualTo("Pas un nombre.");
        assertThat(page.select("#startsOn-errors").text()).isEqualTo("Pas une date valide.");
        // (a number field shows no text that is not a number: browsers would blank it anyway)
        assertThat(page.select("#startsOn").val()).isEqualTo("2026-13-45");
        assertThat(page.select("#trainer").val()).isEqualTo("Mme Aït Ali");
        assertThat(page.select("#place").val()).isEqualTo("Tinghir, souk");
        assertThat(page.select("#programmeId option[selected]").val()).isEqualTo("" + programme);
    }

    @Test
    void aValueThatCannotBeReadDoesNotHideTheOtherFieldsProblems() {
        long programme = new TrainingApi(() -> port, "agent.draa").programme("[]", 80, false);

        Document page = refused(Map.of("programmeId", "" + programme, "startsOn", "2026-13-45", "trainer", " "));

        assertThat(page.select("#startsOn-errors").text()).isEqualTo("Pas une date valide.");
        assertThat(page.select("#trainer-errors").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#form-errors").text())
                .contains("Pas une date valide.")
                .contains("Ce champ est obligatoire.");
    }

    private Document refused(Map<String, String> changes) {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/training/sessions/new?lang=fr");
        WebResponse refused = agent.post("/training/sessions", session(changes));
        assertThat(refused.status()).as("shown again, not saved").isEqualTo(200);
        return Jsoup.parse(refused.body());
    }

    private static Map<String, String> session(Map<String, String> changes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("programmeId", "1");
        form.put("provinceCode", "587");
        form.put("communeCode", "");
        form.put("place", "Tinghir, souk");
        form.put("trainer", "Mme Aït Ali");
        form.put("startsOn", "2026-03-10");
        form.put("endsOn", "2026-03-12");
        form.put("capacity", "20");
        form.put("waitingList", "true");
        form.putAll(changes);
        return form;
    }
}
