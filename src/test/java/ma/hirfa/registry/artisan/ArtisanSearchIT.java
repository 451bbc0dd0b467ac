package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ArtisanSearchIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");
    private static final String FES = WebSession.basic("agent.fes", "demo1234");

    @LocalServerPort
    int port;

    private WebSession client;

    @BeforeEach
    void recordTwoArtisans() {
        client = new WebSession(port);
        if (search(AGENT, "nationalId=JS123450").body().contains("JS123450")) {
            return;
        }
        create("JS123450", "رقية", "أوزال", "Rkia", "Ouzal", "587");
        create("JS123451", "مبارك", "أوزال", "Mbarek", "Ouzal", "201");
    }

    @Test
    void findsByAPartOfANameInEitherScriptANationalIdOrANumber() {
        assertThat(search(AGENT, "q=ouzal&nationalId=JS123450").header("X-Total-Count"))
                .isEqualTo("1");
        assertThat(search(AGENT, "q=mbarek%20ouzal").header("X-Total-Count")).isEqualTo("1");
        assertThat(search(AGENT, "q=" + encode("رقية أوزال") + "&province=587").body())
                .contains("JS123450")
                .doesNotContain("JS123451");
        assertThat(search(AGENT, "q=Ouzal%20Rkia").body()).contains("JS123450");
        assertThat(search(AGENT, "q=js%20123451").body()).contains("JS123451").doesNotContain("JS123450");
    }

    @Test
    void filtersByProvinceStatusAndCategory() {
        assertThat(search(AGENT, "q=ouzal&province=587").body())
                .contains("JS123450")
                .doesNotContain("JS123451");
        assertThat(search(AGENT, "q=ouzal&status=DRAFT&province=201").header("X-Total-Count"))
                .isEqualTo("1");
        assertThat(search(AGENT, "q=ouzal&status=REGISTERED").header("X-Total-Count"))
                .isEqualTo("0");
        assertThat(search(AGENT, "q=ouzal&category=MASTER_ARTISAN").header("X-Total-Count"))
                .isEqualTo("0");
    }

    @Test
    void anotherRegionFindsNothingEvenWithTheExactNationalId() {
        assertThat(search(FES, "nationalId=JS123450").header("X-Total-Count")).isEqualTo("0");
        assertThat(search(FES, "q=ouzal").body()).isEqualTo("[]");
    }

    @Test
    void aSecondFileWithTheSameNameAndBirthDateIsFlaggedAsAPossibleDuplicate() {
        if (!search(AGENT, "nationalId=JS123452").body().contains("JS123452")) {
            create("JS123452", "رقية", "أوزال", "RKIA", "OUZAL", "401");
        }

        assertThat(search(AGENT, "nationalId=JS123452").body()).contains("\"potentialDuplicate\":true");
        assertThat(search(AGENT, "nationalId=JS123451").body()).contains("\"potentialDuplicate\":false");
    }

    @Test
    void theListPageFiltersAndCounts() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/?lang=fr");

        String page = agent.get("/registry/artisans?q=ouzal&province=201").body();

        assertThat(page).contains("1 dossiers").contains("Mbarek Ouzal").doesNotContain("Rkia Ouzal");
    }

    private void create(
            String nationalId, String firstAr, String lastAr, String firstLat, String lastLat, String province) {
        WebResponse created = client.postJson(
                "/api/v1/registry/artisans",
                "{\"nationalId\":\"" + nationalId + "\",\"firstNameAr\":\"" + firstAr + "\",\"lastNameAr\":\"" + lastAr
                        + "\",\"firstNameLat\":\"" + firstLat + "\",\"lastNameLat\":\"" + lastLat
                        + "\",\"sex\":\"F\",\"birthDate\":\"1970-01-01\",\"provinceCode\":\"" + province
                        + "\",\"craftCode\":\"P01\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\"}",
                "Authorization",
                AGENT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private WebResponse search(String credentials, String query) {
        return client.get("/api/v1/registry/artisans?" + query, "Authorization", credentials);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
