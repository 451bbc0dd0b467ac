package ma.hirfa.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class OrganisationPagesIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAgentRecordsACooperativeAndCorrectsItWhileItIsADraft() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        assertThat(agent.get("/registry/organisations/new?kind=COOPERATIVE&lang=fr")
                        .body())
                .contains("Nouvelle coopérative ou entreprise")
                .contains("Dénomination en arabe");

        WebResponse created = agent.post("/registry/organisations", form("Coopérative Tafraout"));

        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(created.location().replaceAll(".*/", ""));
        assertThat(jdbc.queryForList(
                        "select craft_code from reg_organisation_craft where organisation_id = ? order by craft_code",
                        String.class,
                        id))
                .containsExactly("P01");
        agent.get("/registry/organisations/" + id + "/edit");
        Map<String, String> changed = form("Coopérative Tafraout Nouvelle");
        changed.put("version", "0");
        assertThat(agent.post("/registry/organisations/" + id, changed).status())
                .isEqualTo(302);
        assertThat(agent.get("/registry/organisations/" + id).body())
                .contains("Coopérative Tafraout Nouvelle")
                .contains("action-submit");
        assertThat(agent.get("/registry/organisations?q=tafraout").body()).contains("Coopérative Tafraout Nouvelle");
        // the organisation's own status keys: a cooperative is a feminine noun in Tamazight
        assertThat(agent.get("/registry/organisations/" + id + "?lang=zgh").body())
                .contains("ⵓⵔⵜⴰ ⵜⵎⴷⵉ");
    }

    @Test
    void theFormShowsTranslatedErrorsInTamazight() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/organisations/new?lang=zgh");
        Map<String, String> invalid = form("Coopérative\u202E");
        invalid.put("kind", "ENTERPRISE");
        invalid.put("ice", "123");

        WebResponse refused = agent.post("/registry/organisations", invalid);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("ⵖⴰⵙ ⵉⵙⴽⴽⵉⵍⵏ").contains("ICE ⴷⴰ ⵉⵙⵄⴰ 15");
    }

    private static Map<String, String> form(String nameFr) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "COOPERATIVE");
        form.put("nameAr", "تعاونية تافراوت");
        form.put("nameFr", nameFr);
        form.put("ice", "");
        form.put("tradeRegister", "");
        form.put("crafts", "P01");
        form.put("addressLine", "Tafraout, Errachidia");
        form.put("provinceCode", "201");
        form.put("communeCode", "");
        form.put("supervisorReference", "");
        return form;
    }
}
