package ma.hirfa.registry.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class CorrectionIT {

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
    void aCorrectionOfARegisteredFileWaitsForAnotherPersonToApplyIt() {
        long id = registeredFile();
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/" + id + "/edit?lang=fr");

        WebResponse proposed = agent.post("/registry/artisans/" + id + "/corrections", correctedForm(id, "0677889900"));

        assertThat(proposed.status()).as(proposed.body()).isEqualTo(302);
        assertThat(phone(id)).isNotEqualTo("+212677889900");
        assertThat(agent.get("/registry/artisans/" + id).body())
                .contains("Correction proposée par agent.draa")
                .contains("+212677889900");

        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/registry/artisans/" + id);
        manager.post("/registry/artisans/" + id + "/corrections/decision", Map.of("apply", "true"));

        assertThat(phone(id)).isEqualTo("+212677889900");
        assertThat(jdbc.queryForObject(
                        "select after_state from plat_audit_record where entity_type = 'Artisan' and entity_id = ?"
                                + " order by seq desc limit 1",
                        String.class,
                        String.valueOf(id)))
                .contains("+212677889900");
    }

    @Test
    void theProposerCannotApplyTheirOwnCorrectionAndARefusalNeedsAReason() {
        long id = registeredFile();
        String before = phone(id);
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/registry/artisans/" + id + "/edit?lang=fr");
        manager.post("/registry/artisans/" + id + "/corrections", correctedForm(id, "0611002200"));
        manager.get("/registry/artisans/" + id);

        manager.post("/registry/artisans/" + id + "/corrections/decision", Map.of("apply", "true"));
        assertThat(phone(id)).isEqualTo(before);
        assertThat(manager.get("/registry/artisans/" + id).body()).contains("une autre personne doit le valider");

        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get("/registry/artisans/" + id);
        admin.post("/registry/artisans/" + id + "/corrections/decision", Map.of("apply", "false"));
        assertThat(pending(id)).isEqualTo(1);
        admin.get("/registry/artisans/" + id);
        admin.post(
                "/registry/artisans/" + id + "/corrections/decision",
                Map.of("apply", "false", "reason", "Pas de justificatif"));
        assertThat(pending(id)).isZero();
        assertThat(phone(id)).isEqualTo(before);
    }

    @Test
    void aRegisteredFileIsNotEditedDirectly() {
        long id = registeredFile();
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/" + id + "/edit?lang=fr");
        Map<String, String> form = correctedForm(id, "0655443322");
        form.put(
                "version",
                String.valueOf(jdbc.queryForObject("select version from reg_artisan where id = ?", Long.class, id)));

        WebResponse direct = agent.post("/registry/artisans/" + id, form);

        assertThat(direct.body()).contains("il ne se modifie plus directement");
        assertThat(phone(id)).isNotEqualTo("+212655443322");
    }

    private Map<String, String> correctedForm(long id, String newPhone) {
        Map<String, Object> row = jdbc.queryForMap("select * from reg_artisan where id = ?", id);
        Map<String, String> form = new HashMap<>();
        form.put("nationalId", (String) row.get("national_id"));
        put(form, "firstNameAr", row.get("first_name_ar"));
        put(form, "lastNameAr", row.get("last_name_ar"));
        put(form, "firstNameLat", row.get("first_name_lat"));
        put(form, "lastNameLat", row.get("last_name_lat"));
        form.put("sex", (String) row.get("sex"));
        form.put("birthDate", row.get("birth_date").toString());
        form.put("phone", newPhone);
        form.put("provinceCode", (String) row.get("province_code"));
        put(form, "communeCode", row.get("commune_code"));
        form.put("craftCode", (String) row.get("craft_code"));
        form.put("category", (String) row.get("category"));
        form.put("qualificationBasis", (String) row.get("qualification_basis"));
        put(form, "experienceYears", row.get("experience_years"));
        put(form, "taxStatus", row.get("tax_status"));
        form.put("reason", "Nouveau numéro");
        // the fixtures' files share an Arabic name and have near ids and birth dates: the agent goes on past the
        // look-alike warning, as for two different people
        form.put("confirmNotDuplicate", "true");
        return form;
    }

    private static void put(Map<String, String> form, String field, Object value) {
        form.put(field, value == null ? "" : value.toString());
    }

    private long registeredFile() {
        return RegistryFixtures.artisanIn("401").registered(port);
    }

    private String phone(long id) {
        return jdbc.queryForObject("select phone from reg_artisan where id = ?", String.class, id);
    }

    private int pending(long id) {
        return jdbc.queryForObject(
                "select count(*) from reg_correction where artisan_id = ? and state = 'PENDING'", Integer.class, id);
    }
}
