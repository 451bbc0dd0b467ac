package ma.hirfa.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.hirfa.coverage.CoverageFixtures;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role's home page is its work queue: the counts are those of the user's region, and following a count's
 * link shows exactly that many rows. A database of its own (the counts are region-wide).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hirfa.demo=false", "hirfa.test.context=home-queue"})
class HomeQueueIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private static boolean made;
    private static long draaFile;

    /**
     * Drâa-Tafilalet: two files submitted by agent.draa, one returned to him, two of his drafts and one of the field
     * agent's, a correction request; Fès: one submitted file (never counted in Drâa). Sessions in Drâa: one today,
     * one to come, one past; one today in Fès.
     */
    @BeforeEach
    void aRegionWithWork() {
        PlatformFixtures.staff(accounts);
        if (made) {
            return;
        }
        RegistryFixtures.artisanIn("401").submitted(port);
        RegistryFixtures.artisanIn("201").submitted(port);
        long returned = RegistryFixtures.artisanIn("363").submitted(port);
        step(returned, "return", "manager.draa", "{\"reason\":\"CIN illisible\"}");
        RegistryFixtures.artisanIn("401").draft(port);
        RegistryFixtures.artisanIn("577").draft(port);
        draaFile = RegistryFixtures.artisanIn("587").registered(port);
        RegistryFixtures.artisanIn("231").submitted(port);
        WebResponse byField = new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans",
                        """
                        {"nationalId":"FH900001","firstNameAr":"حسن","lastNameAr":"أوبلا","firstNameLat":"Hassan",
                         "lastNameLat":"Oubla","sex":"M","birthDate":"1979-03-02","provinceCode":"401","craftCode":"P02",
                         "category":"ARTISAN","qualificationBasis":"EXPERIENCE","experienceYears":9,"taxStatus":"UNTAXED"}
                        """,
                        "Authorization",
                        WebSession.basic("field.draa", PlatformFixtures.PASSWORD));
        assertThat(byField.status()).as(byField.body()).isEqualTo(201);
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/" + draaFile);
        WebResponse asked = agent.post(
                "/registry/artisans/" + draaFile + "/requests", Map.of("kind", "CORRECTION", "note", "Adresse"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(302);
        long programme = programme("agent.draa");
        LocalDate today = LocalDate.now();
        session("agent.draa", programme, "401", today.minusDays(1), today.plusDays(1));
        session("agent.draa", programme, "401", today.plusDays(10), today.plusDays(12));
        session("agent.draa", programme, "401", today.minusDays(30), today.minusDays(28));
        session("agent.fes", programme("agent.fes"), "231", today, today);
        CoverageFixtures.owedRetroactively(port, null);
        made = true;
    }

    @Test
    void aManagerSeesWhatWaitsInHisRegionAndEachLinkShowsThatManyFiles() {
        WebSession manager = WebSession.loggedIn(port, "manager.draa");
        Document home = page(manager, "/?lang=fr");

        assertThat(count(home, "registry.home.toApprove")).isEqualTo(2);
        assertThat(count(home, "registry.home.returned")).isEqualTo(1);
        assertThat(count(home, "registry.home.correctionRequests")).isEqualTo(1);
        assertThat(count(home, "registry.home.renewalRequests")).isZero();
        assertThat(count(home, "registry.home.corrections")).isZero();
        assertThat(home.select("#work-queue a[data-key=registry.home.duplicates]"))
                .hasSize(1);
        assertThat(home.select("#work-queue a[data-key=registry.home.myDrafts]"))
                .isEmpty();
        everyLinkShowsItsCount(manager, home);
    }

    @Test
    void anAgentSeesHisOwnDraftsAndReturnedFilesOnly() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        Document home = page(agent, "/?lang=ar");
        assertThat(count(home, "registry.home.myDrafts")).isEqualTo(2);
        assertThat(count(home, "registry.home.myReturned")).isEqualTo(1);
        assertThat(home.select("#work-queue a[data-key=registry.home.toApprove]"))
                .isEmpty();
        everyLinkShowsItsCount(agent, home);

        WebSession field = WebSession.loggedIn(port, "field.draa");
        Document fieldHome = page(field, "/?lang=fr");
        assertThat(count(fieldHome, "registry.home.myDrafts")).isEqualTo(1);
        everyLinkShowsItsCount(field, fieldHome);
    }

    @Test
    void aFieldAgentSeesTodaysAndComingSessionsOfHisRegion() {
        WebSession field = WebSession.loggedIn(port, "field.draa");
        Document home = page(field, "/?lang=fr");
        assertThat(count(home, "training.home.today")).isEqualTo(1);
        assertThat(count(home, "training.home.upcoming")).isEqualTo(1);
        everyLinkShowsItsCount(field, home);
    }

    @Test
    void aCoverageOfficerSeesTheFundRowsHeldForHim() {
        WebSession officer = WebSession.loggedIn(port, "coverage.draa");
        Document home = page(officer, "/?lang=fr");
        assertThat(home.select("#work-queue a[data-key=coverage.home.heldRows]"))
                .hasSize(1);
        assertThat(home.select("#work-queue a[data-key^=registry.]")).isEmpty();
        everyLinkShowsItsCount(officer, home);
    }

    @Test
    void theMinistrySeesNationalCountsByRegionAndEachCellShowsThatManyFiles() {
        WebSession ministry = WebSession.loggedIn(port, "ministry");
        Document home = page(ministry, "/?lang=fr");
        // No file of the register's or the chambers' daily work waits for the ministry; it follows, nationally, the
        // complexes short of money or late.
        assertThat(home.select("#work-queue a").eachAttr("data-key"))
                .containsExactly("infrastructure.home.projectsAtRisk");
        Element draa = home.select("table.hirfa-home-table tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().contains("Drâa"))
                .findFirst()
                .orElseThrow();
        Element submitted = draa.selectFirst("a[href*=status=SUBMITTED]");
        assertThat(submitted.text()).isEqualTo("2");
        assertThat(rows(ministry, submitted.attr("href"))).isEqualTo(2);
        Element fes = home.select("table.hirfa-home-table tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().contains("Fès"))
                .findFirst()
                .orElseThrow();
        assertThat(fes.selectFirst("a[href*=status=SUBMITTED]").text()).isEqualTo("1");
        assertThat(home.select("table.hirfa-home-table tbody tr")).hasSizeGreaterThanOrEqualTo(12);
        Element total = home.selectFirst("table.hirfa-home-table tfoot a[href*=status=SUBMITTED]");
        assertThat(total.text()).isEqualTo("3");
        for (Element cell : home.select("table.hirfa-home-table a")) {
            assertThat(rows(ministry, cell.attr("href"))).as(cell.attr("href")).isEqualTo(Long.parseLong(cell.text()));
        }
    }

    @Test
    void theMinistrySeesNoActionOnTheRegisterAndItsWritesAreRefused() {
        WebSession ministry = WebSession.loggedIn(port, "ministry");
        Document list = page(ministry, "/registry/artisans?lang=fr");
        assertThat(list.select("a[href$=/registry/artisans/new]")).isEmpty();
        Document file = page(ministry, "/registry/artisans/" + draaFile + "?lang=fr");
        assertThat(file.select("main form[method=post] button[type=submit], main form[method=post] input[type=submit]"))
                .as("action buttons shown to a read-only role")
                .isEmpty();
        assertThat(file.select("main a[href*=/edit], main a[href*=/corrections]"))
                .isEmpty();
        Document sessions = page(ministry, "/training/sessions?lang=fr");
        assertThat(sessions.select("a[href$=/training/sessions/new]")).isEmpty();
        String session = sessions.selectFirst("#sessions tbody a").attr("href");
        for (String path : List.of(
                "/registry/artisans",
                "/registry/artisans/" + draaFile,
                "/registry/organisations",
                "/training/sessions",
                session,
                "/training/programmes",
                "/apprenticeship/contracts",
                "/vae/applications",
                "/reference/crafts")) {
            Document shown = page(ministry, path + "?lang=fr");
            assertThat(shown.select("main form[method=post]:has(button[type=submit], input[type=submit])"))
                    .as("forms shown to a read-only role on " + path)
                    .isEmpty();
            assertThat(shown.select("main a[href$=/new]"))
                    .as("'new' links on " + path)
                    .isEmpty();
        }

        WebResponse refused = ministry.post(
                "/registry/artisans/" + draaFile + "/requests", Map.of("kind", "CORRECTION", "note", "x"));
        assertThat(refused.status()).isEqualTo(403);
        WebResponse created = new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans",
                        """
                        {"nationalId":"FH900002","firstNameAr":"زينب","lastNameAr":"أوبلا","firstNameLat":"Zineb",
                         "lastNameLat":"Oubla","sex":"F","birthDate":"1981-03-02","provinceCode":"401","craftCode":"P02",
                         "category":"ARTISAN","qualificationBasis":"EXPERIENCE","experienceYears":9,"taxStatus":"UNTAXED"}
                        """,
                        "Authorization",
                        WebSession.basic("ministry", PlatformFixtures.PASSWORD));
        assertThat(created.status()).isEqualTo(403);
    }

    /** Each count of the queue equals the rows of the list its link opens. */
    private void everyLinkShowsItsCount(WebSession user, Document home) {
        for (Element item : home.select("#work-queue a")) {
            long count = Long.parseLong(item.selectFirst(".badge").text());
            assertThat(rows(user, item.attr("href"))).as(item.attr("href")).isEqualTo(count);
        }
    }

    private static long count(Document home, String key) {
        Element item = home.selectFirst("#work-queue a[data-key=" + key + "] .badge");
        assertThat(item).as(key).isNotNull();
        return Long.parseLong(item.text());
    }

    /** The rows a list page shows: artisans, sessions, duplicate pairs or held fund rows. */
    private long rows(WebSession user, String href) {
        Document list = page(user, href.replace("#unknown", ""));
        if (href.startsWith("/registry/duplicates")) {
            return list.select("#pairs tr.pair-row").size();
        }
        if (href.startsWith("/coverage/reconciliation")) {
            return list.select("#unknown tbody tr").size();
        }
        if (href.startsWith("/coverage/retroactive")) {
            return list.select(".owed-claim").size();
        }
        if (href.startsWith("/training/sessions")) {
            return list.select("#sessions tbody tr").size();
        }
        return list.select("#artisans tbody tr").size();
    }

    private Document page(WebSession user, String path) {
        WebResponse response = user.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private void step(long id, String action, String user, String body) {
        WebResponse done = new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans/" + id + "/" + action,
                        body,
                        "Authorization",
                        WebSession.basic(user, PlatformFixtures.PASSWORD));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    private long programme(String user) {
        WebResponse created = new WebSession(port)
                .postJson(
                        "/api/v1/training/programmes",
                        """
                        {"titleAr":"صباغة طبيعية","titleFr":"Teinture naturelle","titleZgh":"ⴰⵙⵙⵏⴼⵍ","titleEn":"Dyeing",
                         "type":"CARAVAN","crafts":[],"hours":12,"competencies":"Préparer les bains",
                         "minAttendancePercent":80,"assessmentRequired":false}
                        """,
                        "Authorization",
                        WebSession.basic(user, PlatformFixtures.PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Long.parseLong(created.body().replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private void session(String user, long programme, String province, LocalDate from, LocalDate to) {
        WebResponse created = new WebSession(port)
                .postJson(
                        "/api/v1/training/sessions",
                        """
                        {"programmeId":%d,"provinceCode":"%s","place":"Étape de la caravane","trainer":"Mme Aït Ali",
                         "startsOn":"%s","endsOn":"%s","capacity":20,"waitingList":false}
                        """.formatted(programme, province, from, to),
                        "Authorization",
                        WebSession.basic(user, PlatformFixtures.PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
}
