package ma.hirfa.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.springframework.test.annotation.DirtiesContext;

/** Replaces the nomenclature, so it closes its application afterwards to leave others the seeded one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@DirtiesContext
class ReferenceDataIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final String HEADER = "code,category,branch_fr,branch_ar,branch_zgh,name_fr,name_ar,name_zgh\n";

    @LocalServerPort
    int port;

    @Autowired
    ReferenceData reference;

    @Test
    void theApiListsRegionsProvincesCommunesAndCraftsInThreeLanguages() {
        WebSession client = new WebSession(port);

        assertThat(reference.regions()).hasSize(12);
        assertThat(client.get("/api/v1/reference/regions").body())
                .contains("\"code\":\"08\"")
                .contains("درعة");
        assertThat(reference.provinces("08"))
                .extracting(Province::code)
                .containsExactlyInAnyOrder("201", "363", "401", "577", "587");
        assertThat(client.get("/api/v1/reference/provinces?region=08").body())
                .contains("\"fr\":\"Ouarzazate\"")
                .contains("\"zgh\":\"ⵡⴰⵔⵣⴰⵣⴰⵜ\"");
        assertThat(reference.communes("401")).allMatch(c -> c.code().startsWith("08.401."));
        assertThat(client.get("/api/v1/reference/communes?province=577").body()).contains("Kalaat M'Gouna");
        assertThat(client.get("/api/v1/reference/crafts").body()).contains("\"code\":\"P01\"");
        assertThat(reference.crafts()).hasSize(14);
    }

    @Test
    void anAdministratorReplacesTheNomenclatureOnlyWithAValidFile() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        admin.get("/reference/crafts?lang=fr");

        WebResponse refused = admin.upload(
                "/reference/crafts/nomenclatures",
                Map.of("label", "Décret 2.21.991", "official", "true"),
                "file",
                "bad.csv",
                (HEADER + "01.01,PRODUCTION,,,,Tapis,الزرابي,\n01.02,ART,,,,Poterie,الفخار,\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Rien n’a été chargé")
                .contains("Ligne 3 :")
                .contains("Catégorie « ART » inconnue");
        assertThat(reference.crafts()).hasSize(14);

        WebResponse accepted = admin.upload(
                "/reference/crafts/nomenclatures",
                Map.of("label", "Décret 2.21.991", "official", "true"),
                "file",
                "official.csv",
                ("\uFEFF" + HEADER + "01.01,PRODUCTION,Tissage,النسيج,,Tapis,الزرابي,ⵜⴰⵣⵔⴱⵉⵜ\n"
                                + "02.01,SERVICE,,,,Plomberie,الترصيص,\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(accepted.status()).isEqualTo(302);
        assertThat(reference.crafts()).extracting(Craft::code).containsExactly("01.01", "02.01");
        assertThat(admin.get("/reference/crafts").body())
                .contains("Liste provisoire 2026")
                .contains("Décret 2.21.991");
    }

    @Test
    void formsGetTheCommunesOfTheChosenProvince() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");

        String fromForm = agent.get("/reference/communes/options?provinceCode=401&lang=fr")
                .body();
        String fromFilter =
                agent.get("/reference/communes/options?province=577&lang=fr").body();

        assertThat(fromForm)
                .contains("value=\"08.401.01.07\"")
                .contains("Ouarzazate")
                .doesNotContain("08.577.");
        assertThat(fromFilter).contains("value=\"08.577.01.05\"").contains("Kalaat M&#39;Gouna");
    }

    @Test
    void onlyAnAdministratorMayUploadANomenclature() {
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        manager.get("/reference/crafts");

        WebResponse refused = manager.upload(
                "/reference/crafts/nomenclatures",
                Map.of("label", "x"),
                "file",
                "x.csv",
                (HEADER + "01,PRODUCTION,,,,A,ب,\n").getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(403);
    }
}
