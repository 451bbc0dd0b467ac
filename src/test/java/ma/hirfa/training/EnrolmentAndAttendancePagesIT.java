package ma.hirfa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
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
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** A session's enrolment and attendance pages: refusals told on the page, search, all present, no future days. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class EnrolmentAndAttendancePagesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Africa/Casablanca"));

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    private TrainingApi api;
    private WebSession agent;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
        api = new TrainingApi(() -> port, "agent.draa");
        agent = WebSession.loggedIn(port, "agent.draa");
    }

    @Test
    void everyEnrolmentRefusalIsToldOnTheSessionPageWithItsReason() {
        long session =
                api.session(api.programme("[]", 80, false), "587", TODAY.plusDays(30), TODAY.plusDays(31), 10, true);
        long registered = RegistryFixtures.artisanIn("587").registered(port);
        long draft = RegistryFixtures.artisanIn("587").draft(port);
        agent.get("/training/sessions/" + session + "?lang=fr");

        assertThat(enrol(session, Map.of("reference", nationalId(registered))))
                .contains("id=\"enrolment-result\"")
                .doesNotContain("id=\"enrolment-refusals\"");
        assertThat(enrol(session, Map.of("reference", nationalId(registered))))
                .contains(text("training.enrolment.already"));
        assertThat(enrol(session, Map.of("reference", nationalId(draft))))
                .contains(text("training.enrolment.notRegistered"));
        assertThat(enrol(session, Map.of("reference", "ZZ999999"))).contains(text("training.enrolment.unknownArtisan"));
        assertThat(enrol(session, Map.of("reference", "12/abc!"))).contains(text("training.enrolment.malformed"));
        assertThat(enrol(session, Map.of("artisanIds", "x1"))).contains(text("training.enrolment.malformed"));
    }

    @Test
    void theEnrolmentSearchFindsAnEligibleArtisanByNameInEitherScriptOrNationalId() {
        long session =
                api.session(api.programme("[]", 80, false), "577", TODAY.plusDays(40), TODAY.plusDays(41), 10, true);
        long wanted = RegistryFixtures.artisanIn("577").registered(port);
        long other = RegistryFixtures.artisanIn("577").registered(port);
        Map<String, Object> names = jdbc.queryForMap(
                "select last_name_lat, last_name_ar, national_id from reg_artisan where id = ?", wanted);

        for (String query : new String[] {
            (String) names.get("last_name_lat"), (String) names.get("last_name_ar"), (String) names.get("national_id")
        }) {
            String found = agent.get("/training/sessions/" + session + "/eligible?q="
                            + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
                    .body();
            assertThat(found).as(query).contains("candidate-" + wanted).doesNotContain("candidate-" + other);
        }
    }

    @Test
    void allPresentMarksEveryTraineeAndAFutureDayIsRefusedWithNothingWritten() {
        long session =
                api.session(api.programme("[]", 80, false), "401", TODAY.minusDays(1), TODAY.plusDays(2), 10, true);
        for (int i = 0; i < 3; i++) {
            TrainingApi.json(
                    api.enrol(session, RegistryFixtures.artisanIn("401").registered(port)), 200);
        }
        String sheet = "/training/sessions/" + session + "/attendance";
        agent.get(sheet + "?lang=fr");

        String tomorrow =
                follow(agent.post(sheet, Map.of("day", TODAY.plusDays(1).toString(), "all", "true")));
        assertThat(tomorrow).contains(text("training.attendance.future"));
        assertThat(marks(session)).isZero();
        assertThat(agent.get(sheet + "?day=" + TODAY.plusDays(1)).body())
                .contains("id=\"attendance-future\"")
                .doesNotContain("id=\"attendance-form\"");

        String today = follow(agent.post(sheet, Map.of("day", TODAY.toString(), "all", "true")));
        assertThat(today)
                .contains(text("training.attendance.saved"))
                .contains("id=\"headcount\"")
                .contains("<span id=\"headcount-total\">3</span>")
                .contains("id=\"all-present\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from trn_attendance a join trn_enrolment e on e.id = a.enrolment_id"
                                + " where e.session_id = ? and a.present = true and a.attended_on = ?",
                        Integer.class,
                        session,
                        java.sql.Date.valueOf(TODAY)))
                .isEqualTo(3);
    }

    /**
     * Another save holds the day's marks: the page retries, then asks to try again (H2 gives up waiting after its lock
     * timeout) or saves once the other is done (PostgreSQL waits); never the error page, never half a sheet.
     */
    @Test
    void aSheetSavedWhileAnotherSaveHoldsItsRowsNeverShowsTheErrorPage() throws Exception {
        long session = api.session(api.programme("[]", 80, false), "201", TODAY.minusDays(2), TODAY, 10, true);
        for (int i = 0; i < 2; i++) {
            TrainingApi.json(
                    api.enrol(session, RegistryFixtures.artisanIn("201").registered(port)), 200);
        }
        String sheet = "/training/sessions/" + session + "/attendance";
        agent.get(sheet + "?lang=fr");
        follow(agent.post(sheet, Map.of("day", TODAY.toString())));
        assertThat(marks(session)).isEqualTo(2);

        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (java.sql.Connection connection = jdbc.getDataSource().getConnection()) {
                connection.setAutoCommit(false);
                try (var lock =
                        connection.prepareStatement("update trn_attendance set present = false where enrolment_id in"
                                + " (select id from trn_enrolment where session_id = ?)")) {
                    lock.setLong(1, session);
                    lock.executeUpdate();
                }
                locked.countDown();
                Thread.sleep(8_000);
                connection.rollback();
            } catch (Exception e) {
                locked.countDown();
            }
        });
        holder.start();
        locked.await();

        String answer = follow(agent.post(sheet, Map.of("day", TODAY.toString(), "all", "true")));
        holder.join();

        assertThat(answer).doesNotContain("id=\"error-reference\"");
        assertThat(answer.contains(text("training.attendance.busy"))
                        || answer.contains(text("training.attendance.saved")))
                .as("busy or saved")
                .isTrue();
        int present = jdbc.queryForObject(
                "select count(*) from trn_attendance a join trn_enrolment e on e.id = a.enrolment_id"
                        + " where e.session_id = ? and a.present = true",
                Integer.class,
                session);
        assertThat(present).as("all of the sheet or none of it").isIn(0, 2);
    }

    private String enrol(long session, Map<String, String> form) {
        return follow(agent.post("/training/sessions/" + session + "/enrolments", form));
    }

    private String follow(WebResponse redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        return agent.get(redirect.location().replaceFirst("^https?://[^/]+", ""))
                .body();
    }

    private String nationalId(long artisan) {
        return jdbc.queryForObject("select national_id from reg_artisan where id = ?", String.class, artisan);
    }

    private int marks(long session) {
        return jdbc.queryForObject(
                "select count(*) from trn_attendance a join trn_enrolment e on e.id = a.enrolment_id where e.session_id = ?",
                Integer.class,
                session);
    }

    private String text(String key) {
        return html(messages.getMessage(key, null, Locale.FRENCH));
    }

    /** As Thymeleaf writes a text: only the characters of HTML's syntax escaped. */
    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
