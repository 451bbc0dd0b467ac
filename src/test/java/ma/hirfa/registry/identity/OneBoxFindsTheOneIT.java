package ma.hirfa.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Search that finds the one among namesakes (issue 15, ADR 0053): three men called Lahcen Ighoudane (لحسن
 * إغودان) in Drâa-Tafilalet, born 1978 in Agdz (Zagora), 1985 in Zagora and 1978 in Ouarzazate, and a fourth
 * written "Lahssen Ighoudane" in Latin only. Exact spelling scores above a phonetic match; a birth year, a
 * province or commune, or a piece of the registration number typed with the name narrows the search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class OneBoxFindsTheOneIT {

    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");
    private static final String MANAGER = WebSession.basic("manager.draa", "demo1234");
    private static final String FES = WebSession.basic("agent.fes", "demo1234");
    private static final String LATIN = "\"firstNameLat\":\"Lahcen\",\"lastNameLat\":\"Ighoudane\"";
    private static final String ARABIC = "\"firstNameAr\":\"لحسن\",\"lastNameAr\":\"إغودان\"";

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    private WebSession client;

    @BeforeEach
    void fourMenWhoSoundTheSame() {
        PlatformFixtures.staff(accounts);
        client = new WebSession(port);
        if (search(AGENT, "JN587001").contains("JN587001")) {
            return;
        }
        create("JN587001", LATIN + "," + ARABIC, "1978-03-02", "587", "08.587.01.01");
        create("JN587002", LATIN + "," + ARABIC, "1985-06-01", "587", "08.587.01.13");
        long ouarzazate = create("JN401003", LATIN + "," + ARABIC, "1978-09-09", "401", null);
        step(AGENT, ouarzazate, "submit");
        step(MANAGER, ouarzazate, "approve");
        create("JN201004", "\"firstNameLat\":\"Lahssen\",\"lastNameLat\":\"Ighoudane\"", "1990-01-20", "201", null);
    }

    @Test
    void theFileSpelledAsTypedScoresAboveTheOnesThatOnlySoundTheSameInEitherScript() {
        List<Hit> lahssen = hits(search(AGENT, "Lahssen Ighoudane"));
        assertThat(lahssen.get(0).nationalId()).isEqualTo("JN201004");
        assertThat(lahssen.subList(1, lahssen.size()))
                .as("the others only sound the same: a lower score, not only a later place")
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.score()).isLessThan(lahssen.get(0).score()));

        List<Hit> lahcen = hits(search(AGENT, "Lahcen Ighoudane"));
        assertThat(lahcen.subList(0, 3))
                .extracting(Hit::nationalId)
                .containsExactlyInAnyOrder("JN587001", "JN587002", "JN401003");
        assertThat(scoreOf(lahcen, "JN201004")).isLessThan(lahcen.get(2).score());

        List<Hit> arabic = hits(search(AGENT, "لحسن إغودان"));
        assertThat(arabic.subList(0, 3))
                .extracting(Hit::nationalId)
                .containsExactlyInAnyOrder("JN587001", "JN587002", "JN401003");
        assertThat(scoreOf(arabic, "JN201004"))
                .as("the Latin-only file is still found from Arabic, below the files spelled so")
                .isLessThan(arabic.get(2).score())
                .isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void aBirthYearAndAProvinceTypedWithTheNameFindTheOne() {
        assertThat(nationalIds(search(AGENT, "Lahcen Ighoudane 1978 Zagora"))).containsExactly("JN587001");
        assertThat(nationalIds(search(AGENT, "لحسن إغودان 1978 زاكورة"))).containsExactly("JN587001");
        assertThat(nationalIds(search(AGENT, "Lahcen Ighoudane 1978")))
                .containsExactlyInAnyOrder("JN587001", "JN401003");
        assertThat(nationalIds(search(AGENT, "لحسن إغودان ورزازات"))).containsExactly("JN401003");
        assertThat(search(FES, "Lahcen Ighoudane 1978 Zagora")).isEqualTo("[]");
    }

    @Test
    void aCommuneInEitherScriptNarrowsToItsFiles() {
        assertThat(nationalIds(search(AGENT, "Lahcen Ighoudane Agdz"))).containsExactly("JN587001");
        assertThat(nationalIds(search(AGENT, "لحسن إغودان أكدز"))).containsExactly("JN587001");
    }

    @Test
    void aPieceOfTheRegistrationNumberTypedWithTheNameFindsItsFile() {
        String file = client.get("/api/v1/registry/artisans?nationalId=JN401003", "Authorization", AGENT)
                .body();
        String number = file.replaceAll("(?s).*\"registrationNumber\":\"([^\"]+)\".*", "$1");
        assertThat(number).matches("08-401-\\d{4}-\\d{6}");
        String piece = number.substring(number.length() - 6);
        assertThat(nationalIds(search(AGENT, "Lahcen Ighoudane " + piece))).containsExactly("JN401003");
    }

    @Test
    void theRegistersListUnderstandsTheSameBox() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        String page = agent.get("/registry/artisans?q=" + encode("Lahcen Ighoudane 1978 Zagora"))
                .body();
        assertThat(page).contains("JN587001").doesNotContain("JN587002").doesNotContain("JN401003");
    }

    record Hit(String nationalId, double score) {}

    private static final Pattern HIT = Pattern.compile("\"nationalId\":\"([^\"]+)\".*?\"score\":([0-9.]+)");

    private static List<Hit> hits(String json) {
        List<Hit> out = new ArrayList<>();
        Matcher m = HIT.matcher(json);
        while (m.find()) {
            out.add(new Hit(m.group(1), Double.parseDouble(m.group(2))));
        }
        return out;
    }

    private static List<String> nationalIds(String json) {
        return hits(json).stream().map(Hit::nationalId).toList();
    }

    private static double scoreOf(List<Hit> hits, String nationalId) {
        return hits.stream()
                .filter(h -> h.nationalId().equals(nationalId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(nationalId + " not found in " + hits))
                .score();
    }

    private long create(String nationalId, String names, String born, String province, String commune) {
        WebResponse created = client.postJson(
                "/api/v1/registry/artisans",
                "{\"nationalId\":\"" + nationalId + "\"," + names + ",\"sex\":\"M\",\"birthDate\":\"" + born
                        + "\",\"provinceCode\":\"" + province + "\""
                        + (commune == null ? "" : ",\"communeCode\":\"" + commune + "\"")
                        + ",\"craftCode\":\"P01\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\"}",
                "Authorization",
                AGENT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Long.parseLong(created.body().replaceFirst("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    private void step(String credentials, long id, String action) {
        WebResponse done =
                client.postJson("/api/v1/registry/artisans/" + id + "/" + action, "{}", "Authorization", credentials);
        assertThat(done.status()).as(action + ": " + done.body()).isEqualTo(200);
    }

    private String search(String credentials, String q) {
        WebResponse response =
                client.get("/api/v1/registry/artisans/search?q=" + encode(q), "Authorization", credentials);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
