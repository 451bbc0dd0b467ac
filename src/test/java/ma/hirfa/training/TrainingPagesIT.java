package ma.hirfa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pages of training on a caravan session in Zagora like the demo's, by role and region, in every language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class TrainingPagesIT {

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
    void theCaravanSessionShowsItsTraineesInEveryLanguage() {
        long session = caravan();
        WebSession agent = WebSession.loggedIn(port, "agent.draa");

        String arabic = agent.get("/training/sessions/" + session + "?lang=ar").body();
        String french = agent.get("/training/sessions/" + session + "?lang=fr").body();
        String tamazight =
                agent.get("/training/sessions/" + session + "?lang=zgh").body();

        assertThat(arabic).contains("dir=\"rtl\"").contains("زاكورة").contains("المتدربون");
        assertThat(french).contains("Teinture naturelle et finitions").contains("8 inscrits sur 20 places");
        assertThat(tamazight).contains("lang=\"zgh\"").contains("ⵉⵎⵙⵙⵏⴼⴰⵍⵏ");
        assertThat(agent.get("/training/sessions?lang=fr").body()).contains("Caravane");
        assertThat(agent.get("/training/programmes?lang=fr&sort=title").body())
                .contains("Gérer son atelier et vendre en ligne");
    }

    @Test
    void anotherRegionGetsNotFoundAndTheMinistryReadsWithoutTheButtonsThatWrite() {
        long session = caravan();

        assertThat(WebSession.loggedIn(port, "agent.fes")
                        .get("/training/sessions/" + session)
                        .status())
                .isEqualTo(404);
        assertThat(WebSession.loggedIn(port, "agent.fes")
                        .get("/training/sessions/" + session + "/attendance")
                        .status())
                .isEqualTo(404);
        String ministry = WebSession.loggedIn(port, "ministry")
                .get("/training/sessions/" + session + "?lang=fr")
                .body();
        assertThat(ministry).contains("Teinture naturelle").doesNotContain("id=\"enrol-form\"");
        assertThat(everyRow(WebSession.loggedIn(port, "ministry"), "/training/sessions?lang=fr"))
                .as("the ministry sees every region (on one of the pages: other tests add sessions)")
                .contains(href(session));
        assertThat(WebSession.loggedIn(port, "coverage.draa")
                        .get("/training/sessions")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theAttendanceSheetRefusesADayOutsideTheSessionWithoutWritingAnything() {
        long session = caravan();
        String last = jdbc.queryForObject("select ends_on from trn_session where id = ?", String.class, session);
        int before = jdbc.queryForObject("select count(*) from trn_attendance", Integer.class);
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/training/sessions/" + session + "/attendance?lang=fr");

        var answer = agent.post(
                "/training/sessions/" + session + "/attendance",
                Map.of("day", java.time.LocalDate.parse(last).plusDays(1).toString()));

        assertThat(agent.get(answer.location().replaceFirst("^https?://[^/]+", ""))
                        .body())
                .contains("Ce jour n’est pas dans la session.");
        assertThat(jdbc.queryForObject("select count(*) from trn_attendance", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void theWholeSessionPrintsAsOnePdfWithOnePagePerCertificate() throws IOException {
        long session = caravan();
        int issued = jdbc.queryForObject(
                "select count(*) from trn_enrolment where session_id = ? and certificate_id is not null",
                Integer.class,
                session);
        byte[] pdf = WebSession.loggedIn(port, "agent.draa")
                .download("/training/sessions/" + session + "/certificates.pdf?english=true");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(issued).isEqualTo(7);
        }
        String text = CertificatesIT.text(pdf);
        assertThat(text).contains("Kingdom of Morocco").contains("Natural dyeing");
        jdbc.queryForList(
                        "select c.number from trn_certificate c join trn_enrolment e on e.certificate_id = c.id"
                                + " where e.session_id = ?",
                        String.class,
                        session)
                .forEach(number -> assertThat(text).contains(number));
    }

    /**
     * 23 sessions of Drâa in 2097 (later than any other test's), one of Fès on the last day of that year: the
     * agent's list pages, sorts and counts them within his region.
     */
    @Test
    void theSessionListSortsPagesAndCountsTheSessionsOfTheRegionOnly() {
        TrainingApi draa = new TrainingApi(() -> port, "agent.draa");
        long programme = draa.programme("[]", 80, false);
        List<String> ours = new ArrayList<>();
        for (int day = 1; day <= 23; day++) {
            LocalDate on = LocalDate.of(2097, 1, day);
            ours.add(href(draa.session(programme, "401", on, on, 400 + day, false)));
        }
        TrainingApi fes = new TrainingApi(() -> port, "agent.fes");
        LocalDate last = LocalDate.of(2097, 12, 31);
        String fesSession = href(fes.session(fes.programme("[]", 80, false), "231", last, last, 5, false));
        WebSession agent = WebSession.loggedIn(port, "agent.draa");

        Document first = page(agent, "/training/sessions?lang=fr");
        assertThat(dates(first))
                .as("latest start first by default")
                .hasSize(20)
                .startsWith("2097-01-23 → 2097-01-23", "2097-01-22 → 2097-01-22")
                .isSortedAccordingTo(Comparator.comparing((String range) -> range.substring(0, 10))
                        .reversed());
        Document soonest =
                page(agent, first.selectFirst("#sessions th:nth-child(3) a").attr("href"));
        assertThat(dates(soonest))
                .as("the dates header reverses the order (of start dates: sessions starting the same day keep"
                        + " the newest first)")
                .isSortedAccordingTo(Comparator.comparing(range -> range.substring(0, 10)))
                .doesNotContain("2097-01-23 → 2097-01-23");
        Document bySeats = page(agent, "/training/sessions?lang=fr&sort=seats&dir=desc");
        assertThat(rows(bySeats)).as("most seats first").startsWith(ours.get(22), ours.get(21));

        Document second = page(agent, first.selectFirst("a[rel=next]").attr("href"));
        assertThat(rows(second)).as("page 2 shows the rest").doesNotContainAnyElementsOf(rows(first));
        assertThat(second.selectFirst("#result-count").text()).contains("(de 21 à ");

        long total = total(first);
        int pages = (int) ((total + 19) / 20);
        List<String> all = new ArrayList<>();
        for (int n = 0; n < pages; n++) {
            all.addAll(rows(page(agent, "/training/sessions?lang=fr&page=" + n)));
        }
        assertThat(all)
                .as("the total counts every row across the pages, once")
                .hasSize((int) total)
                .doesNotHaveDuplicates()
                .containsAll(ours)
                .doesNotContain(fesSession);
        assertThat(rows(page(agent, "/training/sessions?lang=fr&size=100")))
                .hasSize((int) Math.min(total, 100))
                .doesNotContain(fesSession);
        assertThat(rows(page(WebSession.loggedIn(port, "ministry"), "/training/sessions?lang=fr")))
                .as("the ministry sees every region")
                .startsWith(fesSession);
    }

    /** 21 programmes added after the caravan's push its centre programme off the first page of the newest. */
    @Test
    void theCatalogueSortsByTitleInTheReadersLanguageAndPages() {
        caravan();
        TrainingApi draa = new TrainingApi(() -> port, "agent.draa");
        for (int i = 0; i < 21; i++) {
            draa.programme("[]", 80, false);
        }
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        String centre = "Gérer son atelier et vendre en ligne";

        Document newest = page(agent, "/training/programmes?lang=fr");
        assertThat(titles(newest)).hasSize(20).doesNotContain(centre);
        Document byTitle =
                page(agent, newest.selectFirst("#programmes th:first-child a").attr("href"));
        assertThat(titles(byTitle))
                .as("sorted by the French title, \"Gérer\" comes before the 21 \"Teinture\"")
                .contains(centre);
        assertThat(titles(page(agent, "/training/programmes?lang=ar&sort=title")))
                .as("the Arabic title in Arabic")
                .contains("صباغة طبيعية");

        long total = total(newest);
        List<String> all = new ArrayList<>();
        for (int n = 0; n * 20 < total; n++) {
            all.addAll(titles(page(agent, "/training/programmes?lang=fr&page=" + n)));
        }
        assertThat(all).as("the total counts every programme across the pages").hasSize((int) total);
        assertThat(all.stream().filter(centre::equals)).hasSize(1);
    }

    @Test
    void aPageNumberThatIsNoNumberGetsTheTranslated400Page() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/?lang=fr");

        WebResponse answer = agent.get("/training/sessions?page=abc", "Accept", "text/html");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"bad-request\"").contains("page : pas un nombre");
    }

    private static String href(long session) {
        return "/training/sessions/" + session;
    }

    /** The sessions of every page of a list, 100 a page. */
    private static List<String> everyRow(WebSession user, String path) {
        long total = total(page(user, path));
        List<String> all = new ArrayList<>();
        for (int n = 0; n * 100 < total; n++) {
            all.addAll(rows(page(user, path + "&size=100&page=" + n)));
        }
        return all;
    }

    private static List<String> dates(Document list) {
        return list.select("#sessions tbody td:nth-child(3)").eachText();
    }

    private static List<String> rows(Document list) {
        return list.select("#sessions tbody td:first-child a").eachAttr("href");
    }

    private static List<String> titles(Document catalogue) {
        return catalogue.select("#programmes tbody td:first-child > span").eachText();
    }

    private static long total(Document list) {
        return Long.parseLong(list.selectFirst("#result-count span").text().replaceAll("\\D.*", ""));
    }

    private static Document page(WebSession user, String path) {
        WebResponse response = user.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private long caravan() {
        return TrainingFixtures.caravanInZagora(port);
    }
}
