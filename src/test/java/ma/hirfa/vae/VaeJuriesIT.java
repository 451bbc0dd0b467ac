package ma.hirfa.vae;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.PdfLayout;
import ma.hirfa.support.PdfText;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import ma.hirfa.support.XlsxSheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class VaeJuriesIT {

    private static final String APPLICATIONS = "/api/v1/vae/applications";
    private static final String JURIES = "/api/v1/vae/juries";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Twelve registered artisans of Drâa-Tafilalet per application (port), each test using its own. */
    private static final Map<Integer, List<Long>> ARTISANS = new ConcurrentHashMap<>();

    @Autowired
    AccountService accounts;

    private List<Long> artisans;

    @BeforeEach
    void artisans() {
        PlatformFixtures.staff(accounts);
        artisans = ARTISANS.computeIfAbsent(port, p -> {
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                made.add(RegistryFixtures.artisanIn(
                                List.of("201", "363", "401", "577", "587").get(i % 5))
                        .registered(p));
            }
            return List.copyOf(made);
        });
    }

    @Test
    void tooFewYearsAndNoEvidenceMakeTheApplicationIneligibleWithTheReasons() {
        long id = create(artisans.get(0), "P01", 2);

        JsonNode submitted = json(post(APPLICATIONS + "/" + id + "/submission", "{}"), 200);

        assertThat(submitted.get("status").asString()).isEqualTo("INELIGIBLE");
        assertThat(submitted.get("eligibility").toString())
                .contains("au moins 3 ans de pratique")
                .contains("au moins une preuve");
    }

    @Test
    void evidenceMustBeAPdfOrAPhotoWithinTheSizeLimit() {
        long id = create(artisans.get(1), "P01", 6);

        WebResponse text = upload(id, "notes.pdf", "plain text".getBytes());
        WebResponse photo = upload(id, "atelier.png", VaeFixtures.PHOTO);

        assertThat(error(text, "file")).contains("Seuls les PDF, JPEG et PNG");
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from vae_evidence where application_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void aJuryGoesFromGridToPartialValidationThatPrescribesATrainingWithMinutes() {
        // a name as short as most, so that the minutes' candidate line holds the registration number unbroken
        long candidate =
                RegistryFixtures.artisanIn("401").named("Fatna", "Amzian").registered(port);
        long application = eligible(candidate, "P01");
        long jury = jury("P01");
        assertThat(error(post(JURIES + "/" + jury + "/members", """
                        {"memberKind":"TRAINER","fullName":"Sans déclaration","noConflictDeclared":false}"""), "noConflictDeclared"))
                .contains("déclaration d’absence de conflit");
        json(post(JURIES + "/" + jury + "/members", VaeFixtures.trainer("Fatima Formatrice")), 201);
        json(post(JURIES + "/" + jury + "/candidates", "{\"applicationId\":" + application + "}"), 200);

        JsonNode grid = json(get(APPLICATIONS + "/" + application), 200).get("grid");
        assertThat(grid.size()).isEqualTo(5);
        List<Long> competencies = new ArrayList<>();
        grid.forEach(g -> competencies.add(g.get("competencyId").asLong()));
        scores(jury, application, competencies.subList(0, 3), true);
        assertThat(error(decide(jury, application, "PARTIAL", 12L, null), "outcome"))
                .contains("au moins 2 membres");
        json(post(JURIES + "/" + jury + "/members", VaeFixtures.trainer("Ahmed Formateur")), 201);
        assertThat(error(decide(jury, application, "PARTIAL", 12L, null), "outcome"))
                .contains("Toutes les compétences doivent être évaluées")
                .contains("2 manquent");
        scores(jury, application, competencies.subList(3, 5), false);
        assertThat(error(decide(jury, application, "FULL", null, null), "outcome"))
                .contains("2 compétences ne sont pas acquises");
        assertThat(error(decide(jury, application, "PARTIAL", null, null), "prescribedProgrammeId"))
                .contains("prescrit une formation");

        assertThat(error(decide(jury, application, "PARTIAL", 999999L, null), "prescribedProgrammeId"))
                .contains("pas dans le catalogue");
        long programme = json(post("/api/v1/training/programmes", VaeFixtures.programme()), 201)
                .get("id")
                .asLong();

        JsonNode decided = json(decide(jury, application, "PARTIAL", programme, null), 200);

        assertThat(decided.get("status").asString()).isEqualTo("PARTIALLY_VALIDATED");
        assertThat(decided.get("decision").get("prescribedProgrammeId").asLong())
                .isEqualTo(programme);
        assertThat(decided.get("decision").get("prescribedProgrammeTitle").asString())
                .isEqualTo("Techniques de tissage");
        assertThat(decided.get("decision").get("missingCompetencies").size()).isEqualTo(2);
        byte[] minutes = new WebSession(port)
                .download(
                        JURIES + "/" + jury + "/minutes", "Authorization", WebSession.basic("agent.draa", "demo1234"));
        JsonNode file = json(get(APPLICATIONS + "/" + application), 200);
        assertThat(PdfText.of(minutes))
                .as("minutes, in French and Arabic")
                .contains("Procès-verbal du jury VAE")
                // the holder's name in both scripts ("فاطمة أمزيان — Fatna Amzian"), each part as laid out
                .contains(file.get("artisanName").asString().split(" — "))
                .contains(file.get("registrationNumber").asString())
                .contains("Fatima Formatrice")
                .contains("Ahmed Formateur")
                .contains("Validation partielle")
                .contains("مصادقة جزئية");
        assertThat(PdfLayout.screenshot(minutes, "vae-jury-minutes")
                        .assertInsidePages()
                        .assertNothingOverlaps()
                        .lines())
                .as("the jury's date reads year first in Arabic as in French")
                .noneMatch(line -> line.visual().matches(".*(?<![\\d-])\\d{2}-\\d{2}-\\d{4}(?![\\d-]).*"));
        assertThat(PdfText.of(WebSession.loggedIn(port, "agent.draa").download("/vae/juries/" + jury + "/minutes.pdf")))
                .as("the jury page's minutes link serves the same minutes")
                .contains("Procès-verbal du jury VAE")
                .contains("Validation partielle");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'VaeJuryDecision' and entity_id = ?",
                        Long.class,
                        String.valueOf(application)))
                .isEqualTo(1);
    }

    @Test
    void aFullValidationIssuesACertificateThatVerifies() {
        long application = eligible(artisans.get(3), "P01");
        long jury = jury("P01");
        json(post(JURIES + "/" + jury + "/members", VaeFixtures.trainer("Un")), 201);
        json(post(JURIES + "/" + jury + "/members", VaeFixtures.trainer("Deux")), 201);
        json(post(JURIES + "/" + jury + "/candidates", "{\"applicationId\":" + application + "}"), 200);
        List<Long> competencies = new ArrayList<>();
        json(get(APPLICATIONS + "/" + application), 200)
                .get("grid")
                .forEach(g -> competencies.add(g.get("competencyId").asLong()));
        scores(jury, application, competencies, true);

        JsonNode decided = json(decide(jury, application, "FULL", null, null), 200);

        assertThat(decided.get("status").asString()).isEqualTo("VALIDATED");
        assertThat(decided.get("decision").get("certificateRef").asString()).startsWith("VA");
    }

    @Test
    void aDeclaredRelativeCannotBeScheduledBeforeTheMember() {
        long candidate = artisans.get(4);
        long application = eligible(candidate, "P01");
        long jury = jury("P01");
        json(
                post(
                        JURIES + "/" + jury + "/members",
                        VaeFixtures.professional("Hassan Maalem", artisans.get(5), "" + candidate)),
                201);

        WebResponse refused = post(JURIES + "/" + jury + "/candidates", "{\"applicationId\":" + application + "}");

        assertThat(error(refused, "conflict"))
                .contains("Hassan Maalem ne peut pas évaluer")
                .contains("parent déclaré");
        assertThat(jdbc.queryForObject("select status from vae_application where id = ?", String.class, application))
                .isEqualTo("ELIGIBLE");
    }

    @Test
    void aMasterCannotAssessTheirFormerApprentice() {
        long master = artisans.get(6);
        long candidate = artisans.get(7);
        String contract = """
                {"apprenticeFirstName":"Said","apprenticeLastName":"Ouali","apprenticeBirthDate":"%s",
                 "apprenticeArtisanId":%d,"masterId":%d,"workshopName":"Atelier","centreName":"CFA",
                 "craftCode":"P01","trainingLevel":"ATTESTATION","startsOn":"%s","endsOn":"%s",
                 "workshopShare":80,"centreShare":20}""".formatted(
                        java.time.LocalDate.now().minusYears(20),
                        candidate,
                        master,
                        java.time.LocalDate.now(),
                        java.time.LocalDate.now().plusYears(1));
        json(post("/api/v1/apprenticeship/contracts", contract), 201);
        long application = eligible(candidate, "P01");
        long jury = jury("P01");
        json(post(JURIES + "/" + jury + "/candidates", "{\"applicationId\":" + application + "}"), 200);

        WebResponse refused = post(JURIES + "/" + jury + "/members", VaeFixtures.professional("Maître", master, ""));

        assertThat(error(refused, "conflict")).contains("c’est son apprenti");
        assertThat(jdbc.queryForObject("select count(*) from vae_jury_member where jury_id = ?", Long.class, jury))
                .isZero();
    }

    @Test
    void aMemberCannotAssessAFellowMemberOfTheirCooperative() {
        long candidate = RegistryFixtures.artisanIn("401").registered(port);
        long member = RegistryFixtures.artisanIn("401").registered(port);
        VaeFixtures.cooperativeOf(port, candidate, member);
        long application = eligible(candidate, "P02");
        long jury = jury("P02");
        json(post(JURIES + "/" + jury + "/candidates", "{\"applicationId\":" + application + "}"), 200);

        WebResponse refused =
                post(JURIES + "/" + jury + "/members", VaeFixtures.professional("Coopérateur", member, ""));

        assertThat(error(refused, "conflict")).contains("même coopérative");
    }

    @Test
    void everyCraftOfTheNomenclatureHasAFrameworkThatOnlyAnAdministratorEdits() {
        List<String> crafts = jdbc.queryForList("select distinct craft_code from vae_framework", String.class);
        // a craft nobody has given a framework yet (other tests of this context may have given the last one one)
        String last = jdbc.queryForObject(
                "select max(code) from ref_craft where code not in (select craft_code from vae_framework)",
                String.class);
        JsonNode framework = json(get("/api/v1/vae/frameworks/" + last + "/QUALIFICATION"), 200);
        assertThat(crafts).doesNotContain(last);
        assertThat(framework.get("generic").asBoolean()).isTrue();
        assertThat(framework.get("competencies").size()).isEqualTo(5);
        String competency = """
                {"nameAr":"تزيين","nameFr":"Décorer","nameZgh":"ⴰⵣⵓⵡⵡⵇ","criteria":"Motifs réguliers"}""";

        WebResponse byAgent = post("/api/v1/vae/frameworks/" + last + "/QUALIFICATION/competencies", competency);
        JsonNode byAdmin = json(
                new WebSession(port)
                        .postJson(
                                "/api/v1/vae/frameworks/" + last + "/QUALIFICATION/competencies",
                                competency,
                                "Authorization",
                                WebSession.basic("admin", "demo1234")),
                200);

        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(byAdmin.get("generic").asBoolean()).isFalse();
        assertThat(byAdmin.get("competencies").size()).isEqualTo(6);
    }

    @Test
    void anAgentOfAnotherRegionNeverSeesApplicationsOrJuries() {
        long application = create(artisans.get(8), "P01", 4);
        long jury = jury("P01");
        String fes = WebSession.basic("agent.fes", "demo1234");

        assertThat(new WebSession(port)
                        .get(APPLICATIONS + "/" + application, "Authorization", fes)
                        .status())
                .isEqualTo(404);
        assertThat(new WebSession(port)
                        .get(JURIES + "/" + jury, "Authorization", fes)
                        .status())
                .isEqualTo(404);
        WebSession page = WebSession.loggedIn(port, "agent.fes");
        assertThat(page.get("/vae/applications/" + application).status()).isEqualTo(404);
        assertThat(page.get("/vae/juries/" + jury).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'VaeApplication' and entity_id = ?",
                        Long.class,
                        String.valueOf(application)))
                .isEqualTo(1);
    }

    @Test
    void theReportCountsApplicationsAndOutcomesByCraft() {
        long id = create(artisans.get(9), "P03", 1);
        post(APPLICATIONS + "/" + id + "/submission", "{}");
        WebSession manager = WebSession.loggedIn(port, "manager.draa");

        assertThat(manager.get("/vae/reports?lang=fr").body()).contains("<svg").contains("Non recevables");
        assertThat(manager.get("/vae/reports.csv?lang=fr").body())
                .contains("P03")
                .contains("Validations partielles");
    }

    @Test
    void theReportDownloadsAsXlsxWithTheCraftRowAndOnlyTheUsersRegion() throws IOException {
        long id = create(artisans.get(11), "P03", 1);
        post(APPLICATIONS + "/" + id + "/submission", "{}");
        WebSession manager = WebSession.loggedIn(port, "manager.draa");

        WebResponse response = manager.get("/vae/reports.xlsx?lang=fr");
        byte[] xlsx = manager.download("/vae/reports.xlsx?lang=fr");

        assertThat(response.header("Content-Type"))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.header("Content-Disposition")).contains("vae.xlsx");
        assertThat(manager.get("/vae/reports?lang=fr").body()).contains("Exporter en Excel (XLSX)");
        List<List<String>> sheet = XlsxSheets.read(xlsx);
        assertThat(sheet.get(0)).contains("Code du métier", "Non recevables", "Validations partielles");
        List<String> p03 = sheet.stream()
                .filter(row -> row.get(0).equals("P03"))
                .findFirst()
                .orElseThrow();
        int ineligible = sheet.get(0).indexOf("Non recevables");
        assertThat(Integer.parseInt(p03.get(ineligible))).isGreaterThanOrEqualTo(1);
        List<List<String>> fes =
                XlsxSheets.read(WebSession.loggedIn(port, "agent.fes").download("/vae/reports.xlsx?lang=fr"));
        assertThat(fes).hasSize(1);
    }

    @Test
    void theVaePagesOpenInTheThreeLanguages() {
        long application = eligible(artisans.get(10), "P04");
        long jury = jury("P04");
        json(post(JURIES + "/" + jury + "/candidates", "{\"applicationId\":" + application + "}"), 200);
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        WebSession admin = WebSession.loggedIn(port, "admin");

        for (String lang : List.of("ar", "fr", "zgh")) {
            for (String page : List.of(
                    "/vae/applications",
                    "/vae/applications/new",
                    "/vae/applications/" + application,
                    "/vae/juries",
                    "/vae/juries/" + jury,
                    "/vae/reports")) {
                WebResponse response = agent.get(page + "?lang=" + lang);
                assertThat(response.status())
                        .as(page + " " + lang + ": " + response.body())
                        .isEqualTo(200);
            }
            assertThat(admin.get("/vae/frameworks?craft=P04&level=SPECIALISATION&lang=" + lang)
                            .status())
                    .isEqualTo(200);
        }
        assertThat(agent.get("/vae/applications/" + application + "?lang=fr").body())
                .contains("Convoquée devant un jury")
                .contains("Préparer le poste de travail");
    }

    private long eligible(long artisan, String craft) {
        long id = create(artisan, craft, 8);
        assertThat(upload(id, "photo.png", VaeFixtures.PHOTO).status()).isEqualTo(201);
        JsonNode submitted = json(post(APPLICATIONS + "/" + id + "/submission", "{}"), 200);
        assertThat(submitted.get("status").asString()).as(submitted.toString()).isEqualTo("ELIGIBLE");
        return id;
    }

    private long create(long artisan, String craft, int years) {
        return json(post(APPLICATIONS, VaeFixtures.application(artisan, craft, years)), 201)
                .get("id")
                .asLong();
    }

    private long jury(String craft) {
        return json(post(JURIES, VaeFixtures.jury(craft)), 201).get("id").asLong();
    }

    private void scores(long jury, long application, List<Long> competencies, boolean acquired) {
        StringBuilder scores = new StringBuilder();
        for (Long c : competencies) {
            scores.append(scores.isEmpty() ? "" : ",")
                    .append("{\"competencyId\":")
                    .append(c)
                    .append(",\"acquired\":")
                    .append(acquired)
                    .append("}");
        }
        json(
                post(
                        JURIES + "/" + jury + "/evaluations",
                        "{\"applicationId\":" + application + ",\"scores\":[" + scores + "]}"),
                200);
    }

    private WebResponse decide(long jury, long application, String outcome, Long programme, String reasons) {
        return post(
                JURIES + "/" + jury + "/decision",
                "{\"applicationId\":%d,\"outcome\":\"%s\",\"prescribedProgrammeId\":%s,\"reasons\":%s}"
                        .formatted(application, outcome, programme, reasons == null ? "null" : "\"" + reasons + "\""));
    }

    private WebResponse upload(long id, String name, byte[] content) {
        return new WebSession(port)
                .upload(
                        APPLICATIONS + "/" + id + "/evidence",
                        Map.of(),
                        "file",
                        name,
                        "application/octet-stream",
                        content,
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"),
                        "Accept-Language",
                        "fr");
    }

    private WebResponse post(String path, String body) {
        return new WebSession(port)
                .postJson(
                        path,
                        body,
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"),
                        "Accept-Language",
                        "fr");
    }

    private WebResponse get(String path) {
        return new WebSession(port)
                .get(path, "Authorization", WebSession.basic("agent.draa", "demo1234"), "Accept-Language", "fr");
    }

    private static JsonNode json(WebResponse response, int expected) {
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private static String error(WebResponse response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        // RFC 9457 problem details: errors is a list of {field, code, message}; a field may have several.
        StringBuilder messages = new StringBuilder();
        for (JsonNode error : JSON.readTree(response.body()).get("errors")) {
            if (error.has("field") && error.get("field").asString().equals(field)) {
                messages.append(messages.isEmpty() ? "" : " ")
                        .append(error.get("message").asString());
            }
        }
        assertThat(messages).as(response.body()).isNotEmpty();
        return messages.toString();
    }
}
