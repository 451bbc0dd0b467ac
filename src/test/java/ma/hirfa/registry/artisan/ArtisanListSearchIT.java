package ma.hirfa.registry.artisan;

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
 * The register's one search box (ADR 0037): a name in either script finds the namesakes written in the other
 * through the identity index, the same files as the cross-script search, narrowed by the list's filters, sorted,
 * paged, counted, and never beyond the user's region.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ArtisanListSearchIT {

    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");
    private static final String MANAGER = WebSession.basic("manager.draa", "demo1234");
    private static final String FES = WebSession.basic("agent.fes", "demo1234");

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    private WebSession client;
    private WebSession agent;

    @BeforeEach
    void recordNamesakesInOneScriptEach() {
        PlatformFixtures.staff(accounts);
        client = new WebSession(port);
        agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/?lang=ar");
        if (client.get("/api/v1/registry/artisans?nationalId=JT710001", "Authorization", AGENT)
                .body()
                .contains("JT710001")) {
            return;
        }
        long arabic = create(
                AGENT, "JT710001", "\"firstNameAr\":\"إبراهيم\",\"lastNameAr\":\"تازوارت\"", "1971-03-02", "401");
        step(AGENT, arabic, "submit");
        step(MANAGER, arabic, "approve");
        create(AGENT, "JT710002", "\"firstNameLat\":\"Brahim\",\"lastNameLat\":\"Tazouarte\"", "1988-09-12", "577");
        long aicha = create(
                AGENT, "JT710003", "\"firstNameLat\":\"Aicha\",\"lastNameLat\":\"Tazouarte\"", "1990-01-20", "401");
        step(AGENT, aicha, "submit");
        create(FES, "JT710004", "\"firstNameAr\":\"لحسن\",\"lastNameAr\":\"تازوارت\"", "1965-06-30", "231");
    }

    @Test
    void anArabicNameFindsTheNamesakesRegisteredInLatinLettersAndBackWithinTheRegion() {
        String page = list("q=" + encode("تازوارت"));
        assertThat(page).contains("JT710001", "JT710002", "JT710003").doesNotContain("JT710004");
        assertThat(count(page)).isEqualTo(3).isEqualTo(rows(page).size());

        String latin = list("q=Tazouarte");
        assertThat(latin).contains("JT710001").doesNotContain("JT710004");
        assertThat(count(latin)).isEqualTo(rows(latin).size());

        WebSession fes = WebSession.loggedIn(port, "agent.fes");
        String fesPage = fes.get("/registry/artisans?q=" + encode("Tazouarte")).body();
        assertThat(fesPage).contains("JT710004").doesNotContain("JT710001").doesNotContain("JT710002");
    }

    @Test
    void theBoxFindsTheSameFilesAsTheCrossScriptSearch() {
        String api = client.get("/api/v1/registry/artisans/search?q=" + encode("تازوارت"), "Authorization", AGENT)
                .body();
        List<String> found = rows(list("q=" + encode("تازوارت")));
        assertThat(found).isNotEmpty().allSatisfy(id -> assertThat(api).contains(id));
        assertThat(api.split("\"nationalId\"").length - 1).isEqualTo(found.size());
    }

    @Test
    void theSearchCombinesWithTheFiltersAndANationalIdOrNumberFindsItsFile() {
        String registered = list("q=" + encode("تازوارت") + "&status=REGISTERED");
        assertThat(rows(registered)).containsExactly("JT710001");
        assertThat(rows(list("q=" + encode("تازوارت") + "&province=577"))).containsExactly("JT710002");
        assertThat(rows(list("q=jt%20710003"))).containsExactly("JT710003");
    }

    @Test
    void aNameJudgedDifferentIsNotPresentedAsAMatch() {
        String page = list("q=" + encode("Brahim Tazouarte"));
        assertThat(rows(page)).contains("JT710002").doesNotContain("JT710003");
    }

    @Test
    void resultsAreSortedByScoreUnlessAColumnIsChosenAndPagedWithTheirTotal() {
        String q = "q=" + encode("Brahim Tazouarte");
        assertThat(rows(list(q)).get(0)).as("the spelling typed comes first").isEqualTo("JT710002");
        assertThat(list(q)).contains("id=\"search-order\"");

        List<String> asc = rows(list("q=" + encode("تازوارت") + "&sort=nationalId&dir=asc"));
        List<String> desc = rows(list("q=" + encode("تازوارت") + "&sort=nationalId&dir=desc"));
        assertThat(asc).containsExactly("JT710001", "JT710002", "JT710003");
        assertThat(desc).containsExactly("JT710003", "JT710002", "JT710001");

        String first = list("q=" + encode("تازوارت") + "&sort=nationalId&dir=asc&size=2");
        String second = list("q=" + encode("تازوارت") + "&sort=nationalId&dir=asc&size=2&page=1");
        assertThat(rows(first)).containsExactly("JT710001", "JT710002");
        assertThat(rows(second)).containsExactly("JT710003");
        assertThat(count(first)).isEqualTo(3);
        assertThat(first).contains("aria-label=\"الصفحات\"").contains("page=1");
    }

    @Test
    void eachRowTellsItsScoreItsBirthYearAndWhenItWasSubmitted() {
        String page = list("q=" + encode("تازوارت"));
        assertThat(page).contains("class=\"badge match-score").contains("تطابق").contains("id=\"match-legend\"");
        assertThat(page).contains(">1971<").contains(">1988<");
        assertThat(page).contains("تاريخ الإيداع");
        String submitted = list("q=" + encode("JT710003") + "&sort=submitted&dir=desc");
        assertThat(submitted).containsPattern("class=\"submitted-on\">20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d<");
    }

    @Test
    void anEmptyPageSaysTheSearchFoundNothing() {
        String page = list("q=" + encode("ژژژژژ قققق"));
        assertThat(count(page)).isZero();
        assertThat(page).contains("id=\"empty-state\"").contains("لا توجد نتائج لهذا البحث");
    }

    private String list(String query) {
        WebResponse response = agent.get("/registry/artisans?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The total the page announces. */
    private static int count(String page) {
        Matcher m = Pattern.compile("id=\"result-count\">\\s*<span>(\\d+)").matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The national ids of the rows shown, in order. */
    private static List<String> rows(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<td dir=\"ltr\">([A-Z]{1,2}\\d+)</td>").matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private long create(String credentials, String nationalId, String names, String born, String province) {
        WebResponse created = client.postJson(
                "/api/v1/registry/artisans",
                "{\"nationalId\":\"" + nationalId + "\"," + names + ",\"sex\":\"M\",\"birthDate\":\"" + born
                        + "\",\"provinceCode\":\"" + province
                        + "\",\"craftCode\":\"P01\",\"category\":\"ARTISAN\",\"qualificationBasis\":\"DIPLOMA\"}",
                "Authorization",
                credentials);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Long.parseLong(created.body().replaceFirst("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    private void step(String credentials, long id, String action) {
        WebResponse done =
                client.postJson("/api/v1/registry/artisans/" + id + "/" + action, "{}", "Authorization", credentials);
        assertThat(done.status()).as(action + ": " + done.body()).isEqualTo(200);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
