package ma.hirfa.training;

import static ma.hirfa.training.TrainingApi.BASE;
import static ma.hirfa.training.TrainingApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.PdfText;
import ma.hirfa.support.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Each test plans its sessions in its own year, so that they never overlap those of another test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class TrainingSessionsIT {

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

    final TrainingApi agent = new TrainingApi(() -> port, "agent.draa");
    final TrainingApi fes = new TrainingApi(() -> port, "agent.fes");

    @Test
    void aFullSessionPutsNewcomersOnTheWaitingListAndAWithdrawalPromotesTheFirstOfThem() {
        long programme = agent.programme("[]", 80, false);
        long session = agent.session(programme, "587", day(2010, 1), day(2010, 3), 2, true);
        List<Long> artisans = TrainingFixtures.registeredOfDraa(port);

        assertThat(json(agent.enrol(session, artisans.get(0)), 200)
                        .get("status")
                        .asString())
                .isEqualTo("ENROLLED");
        assertThat(json(agent.enrol(session, artisans.get(1)), 200)
                        .get("status")
                        .asString())
                .isEqualTo("ENROLLED");
        assertThat(json(agent.enrol(session, artisans.get(2)), 200)
                        .get("status")
                        .asString())
                .isEqualTo("WAITING");
        assertThat(json(agent.enrol(session, artisans.get(3)), 200)
                        .get("status")
                        .asString())
                .isEqualTo("WAITING");

        long first = enrolmentOf(session, artisans.get(0)).get("id").asLong();
        json(agent.post(BASE + "/sessions/" + session + "/enrolments/" + first + "/withdrawal", "{}"), 200);

        assertThat(status(session, artisans.get(0))).isEqualTo("WITHDRAWN");
        assertThat(status(session, artisans.get(2))).isEqualTo("ENROLLED");
        assertThat(status(session, artisans.get(3))).isEqualTo("WAITING");
        assertThat(audited("TrainingEnrolment", first)).isEqualTo(2);
        WebResponse again = agent.enrol(session, artisans.get(1), "Accept-Language", "fr");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("déjà inscrit");
    }

    @Test
    void withoutWaitingListAFullSessionRefusesTheEnrolmentWithAClearMessage() {
        long programme = agent.programme("[]", 80, false);
        long session = agent.session(programme, "587", day(2011, 1), day(2011, 2), 1, false);
        List<Long> artisans = TrainingFixtures.registeredOfDraa(port);
        json(agent.enrol(session, artisans.get(0)), 200);

        WebResponse refused = agent.enrol(session, artisans.get(1), "Accept-Language", "fr");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("pleine et n’a pas de liste d’attente");
        assertThat(agent.enrolments(session)).hasSize(1);
    }

    @Test
    void suspendedAndUnregisteredArtisansAndOtherCraftsAreRefusedAndNothingIsWritten() {
        long suspended = RegistryFixtures.artisanIn("401").suspended(port);
        long draft = RegistryFixtures.artisanIn("401").draft(port);
        long artisan = TrainingFixtures.registeredOfDraa(port).get(0);
        String craft = jdbc.queryForObject("select craft_code from reg_artisan where id = ?", String.class, artisan);
        String otherCraft = jdbc.queryForObject("select min(code) from ref_craft where code <> ?", String.class, craft);
        long restricted = agent.programme("[\"" + otherCraft + "\"]", 80, false);
        long open = agent.programme("[]", 80, false);
        long restrictedSession = agent.session(restricted, "587", day(2012, 1), day(2012, 2), 10, true);
        long openSession = agent.session(open, "587", day(2012, 3), day(2012, 4), 10, true);

        WebResponse notRegistered = agent.enrol(openSession, suspended, "Accept-Language", "fr");
        WebResponse notYet = agent.enrol(openSession, draft, "Accept-Language", "ar");
        WebResponse wrongCraft = agent.enrol(restrictedSession, artisan, "Accept-Language", "fr");

        assertThat(notRegistered.status()).isEqualTo(409);
        assertThat(notRegistered.body()).contains("n’est pas immatriculé");
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.body()).contains("غير مسجل");
        assertThat(wrongCraft.status()).isEqualTo(409);
        assertThat(wrongCraft.body()).contains("ne concerne pas le métier");
        assertThat(jdbc.queryForObject(
                        "select count(*) from trn_enrolment where session_id in (?, ?)",
                        Integer.class,
                        restrictedSession,
                        openSession))
                .isZero();
    }

    @Test
    void anArtisanCannotFollowTwoSessionsOnOverlappingDays() {
        long programme = agent.programme("[]", 80, false);
        long first = agent.session(programme, "587", day(2013, 1), day(2013, 5), 10, true);
        long overlapping = agent.session(programme, "401", day(2013, 5), day(2013, 8), 10, true);
        long after = agent.session(programme, "401", day(2013, 6), day(2013, 8), 10, true);
        long artisan = TrainingFixtures.registeredOfDraa(port).get(4);
        json(agent.enrol(first, artisan), 200);

        WebResponse refused = agent.enrol(overlapping, artisan, "Accept-Language", "fr");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("autre session aux mêmes dates");
        json(agent.enrol(after, artisan), 200);
    }

    @Test
    void attendanceOutsideTheSessionIsRefusedAndCompletionFollowsTheProgrammesRule() {
        long programme = agent.programme("[]", 60, true);
        long session = agent.session(programme, "587", day(2014, 1), day(2014, 5), 10, true);
        List<Long> artisans = TrainingFixtures.registeredOfDraa(port);
        long assiduous = artisans.get(0);
        long absent = artisans.get(1);
        json(agent.enrol(session, assiduous), 200);
        json(agent.enrol(session, absent), 200);
        long assiduousEnrolment = enrolmentOf(session, assiduous).get("id").asLong();
        long absentEnrolment = enrolmentOf(session, absent).get("id").asLong();

        WebResponse outside =
                agent.attendance(session, day(2014, 6), "[" + assiduousEnrolment + "]", "Accept-Language", "fr");
        WebResponse stranger = agent.attendance(session, day(2014, 1), "[" + assiduousEnrolment + ", 999999]");

        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("n’est pas dans la session");
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(attendanceRows(session)).isZero();

        for (int d = 1; d <= 3; d++) {
            json(agent.attendance(session, day(2014, d), "[" + assiduousEnrolment + "]"), 200);
        }
        json(agent.attendance(session, day(2014, 4), "[" + assiduousEnrolment + "," + absentEnrolment + "]"), 200);

        assertThat(enrolmentOf(session, assiduous).get("attendancePercent").asInt())
                .isEqualTo(80);
        assertThat(enrolmentOf(session, assiduous).get("completed").asBoolean())
                .as("60 % attended but the assessment is still missing")
                .isFalse();
        json(
                agent.post(
                        BASE + "/sessions/" + session + "/enrolments/" + assiduousEnrolment + "/assessment",
                        "{\"passed\":true}"),
                200);
        json(
                agent.post(
                        BASE + "/sessions/" + session + "/enrolments/" + absentEnrolment + "/assessment",
                        "{\"passed\":true}"),
                200);
        assertThat(enrolmentOf(session, assiduous).get("completed").asBoolean()).isTrue();
        assertThat(enrolmentOf(session, absent).get("completed").asBoolean())
                .as("20 %")
                .isFalse();

        JsonNode issued = json(agent.post(BASE + "/sessions/" + session + "/certificates", "{}"), 200);
        assertThat(issued.get("issued").asInt()).isEqualTo(1);
        assertThat(json(agent.post(BASE + "/sessions/" + session + "/certificates", "{}"), 200)
                        .get("issued")
                        .asInt())
                .as("never twice")
                .isZero();
        long certificate = enrolmentOf(session, assiduous).get("certificateId").asLong();
        assertThat(agent.get(BASE + "/certificates/" + certificate).headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        Map<String, Object> issuedTo = jdbc.queryForMap(
                "select number, coalesce(holder_name_lat, holder_name_ar) as holder, title_fr from trn_certificate"
                        + " where id = ?",
                certificate);
        assertThat(PdfText.of(agent.download(BASE + "/sessions/" + session + "/certificates.pdf")))
                .as("the session's certificates, as printed")
                .contains(issuedTo.get("number").toString())
                .contains(issuedTo.get("holder").toString())
                .contains(issuedTo.get("title_fr").toString())
                .contains("Royaume du Maroc");
        assertThat(audited("TrainingAttendance", assiduousEnrolment + "@" + day(2014, 1)))
                .isEqualTo(1);
    }

    @Test
    void anAgentOfAnotherRegionSeesNeitherTheSessionNorItsTraineesNorTheirCertificates() {
        long programme = agent.programme("[]", 50, false);
        long session = agent.session(programme, "587", day(2015, 1), day(2015, 2), 5, true);
        long artisan = TrainingFixtures.registeredOfDraa(port).get(0);
        json(agent.enrol(session, artisan), 200);
        long enrolment = enrolmentOf(session, artisan).get("id").asLong();
        json(agent.attendance(session, day(2015, 1), "[" + enrolment + "]"), 200);
        json(agent.attendance(session, day(2015, 2), "[" + enrolment + "]"), 200);
        json(agent.post(BASE + "/sessions/" + session + "/certificates", "{}"), 200);
        long certificate = enrolmentOf(session, artisan).get("certificateId").asLong();

        assertThat(fes.get(BASE + "/sessions/" + session).status()).isEqualTo(404);
        assertThat(fes.get(BASE + "/sessions/" + session + "/enrolments").status())
                .isEqualTo(404);
        assertThat(fes.enrol(session, artisan).status()).isEqualTo(404);
        assertThat(fes.get(BASE + "/certificates/" + certificate).status()).isEqualTo(404);
        assertThat(fes.get(BASE + "/sessions").body()).doesNotContain("\"id\":" + session + ",");
        assertThat(fes.post(
                                BASE + "/sessions",
                                TrainingFixtures.session(programme, "587", day(2015, 3), day(2015, 4), 5, true),
                                "Accept-Language",
                                "fr")
                        .body())
                .contains("province de votre région");
        assertThat(new TrainingApi(() -> port, "ministry")
                        .post(BASE + "/programmes", TrainingFixtures.programme("[]", 80, false))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsAnsweredWithTranslatedMessagesAndTheApiIsDocumented() {
        WebResponse untitled = agent.post(
                BASE + "/programmes",
                TrainingFixtures.programme("[]", 80, false).replace("\"titleAr\":\"صباغة طبيعية\"", "\"titleAr\":\"\""),
                "Accept-Language",
                "fr");
        WebResponse unknownCraft = agent.post(
                BASE + "/programmes", TrainingFixtures.programme("[\"NOPE\"]", 80, false), "Accept-Language", "fr");
        long programme = agent.programme("[]", 80, false);
        WebResponse backwards = agent.post(
                BASE + "/sessions",
                TrainingFixtures.session(programme, "587", day(2016, 5), day(2016, 1), 5, true),
                "Accept-Language",
                "fr");
        long session = agent.session(programme, "587", day(2016, 1), day(2016, 2), 5, true);
        long ofFes = RegistryFixtures.artisanIn("231").registered(port);

        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.body()).contains("titleAr");
        assertThat(unknownCraft.status()).isEqualTo(400);
        assertThat(unknownCraft.body()).contains("n’existe pas dans la nomenclature");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("ne peut pas précéder");
        assertThat(agent.enrol(session, ofFes).status())
                .as("an artisan of another region")
                .isEqualTo(404);
        assertThat(agent.get("/v3/api-docs").body())
                .contains("/api/v1/training/sessions/{id}/enrolments")
                .contains("/api/v1/training/sessions/{id}/attendance")
                .contains("/api/v1/training/certificates/{id}");
    }

    private JsonNode enrolmentOf(long session, long artisan) {
        for (JsonNode e : agent.enrolments(session)) {
            if (e.get("artisanId").asLong() == artisan) {
                return e;
            }
        }
        throw new AssertionError("artisan " + artisan + " not in session " + session);
    }

    private String status(long session, long artisan) {
        return enrolmentOf(session, artisan).get("status").asString();
    }

    private int audited(String type, Object id) {
        return jdbc.queryForObject(
                "select count(*) from plat_audit_record where entity_type = ? and entity_id = ?",
                Integer.class,
                type,
                String.valueOf(id));
    }

    private int attendanceRows(long session) {
        return jdbc.queryForObject(
                "select count(*) from trn_attendance a join trn_enrolment e on e.id = a.enrolment_id where e.session_id = ?",
                Integer.class,
                session);
    }

    private static LocalDate day(int year, int dayOfMarch) {
        return LocalDate.of(year, 3, dayOfMarch);
    }
}
