package ma.hirfa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
        assertThat(agent.get("/training/programmes?lang=fr").body()).contains("Gérer son atelier et vendre en ligne");
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
        assertThat(WebSession.loggedIn(port, "ministry")
                        .get("/training/sessions?lang=fr")
                        .body())
                .as("the ministry sees every region")
                .contains("Teinture naturelle et finitions");
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

    private long caravan() {
        return TrainingFixtures.caravanInZagora(port);
    }
}
