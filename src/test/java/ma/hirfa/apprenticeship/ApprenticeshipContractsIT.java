package ma.hirfa.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
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

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hirfa.apprenticeship.master-capacity=2", "hirfa.demo=false"})
class ApprenticeshipContractsIT {

    private static final String CONTRACTS = "/api/v1/apprenticeship/contracts";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    /** Registered artisans of Drâa-Tafilalet the tests made, one per role they play; made once per run. */
    private static List<Long> masters;

    @BeforeEach
    void masters() {
        PlatformFixtures.staff(accounts);
        if (masters == null) {
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                made.add(RegistryFixtures.artisanIn(
                                List.of("201", "363", "401", "577", "587").get(i % 5))
                        .registered(port));
            }
            masters = made;
        }
    }

    @Test
    void anAgentRecordsAContractAndItIsAudited() {
        WebResponse created = post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(masters.get(0), 17));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode contract = JSON.readTree(created.body());
        assertThat(contract.get("status").asString()).isEqualTo("RUNNING");
        assertThat(contract.get("apprenticeAgeAtStart").asInt()).isEqualTo(17);
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'ApprenticeshipContract' and entity_id = ?",
                        Long.class,
                        contract.get("id").asString()))
                .isEqualTo(1);
    }

    @Test
    void anApprenticeYoungerThanFifteenOrOlderThanThirtyIsRefusedAndNothingIsKept() {
        long before = count();

        WebResponse young = post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(masters.get(1), 14));
        WebResponse old = post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(masters.get(1), 31));

        assertThat(young.status()).isEqualTo(400);
        assertThat(error(young, "apprenticeBirthDate"))
                .contains("entre 15 et 30 ans")
                .contains("14 ans");
        assertThat(error(old, "apprenticeBirthDate")).contains("31 ans");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theSharesOfTimeMustGiveEightyPercentToTheWorkshopAndTenToTheCentre() {
        long master = masters.get(2);
        var birth = ApprenticeshipFixtures.START.minusYears(20);

        WebResponse lowWorkshop = post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(master, birth, 70, 20));
        WebResponse lowCentre = post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(master, birth, 95, 5));
        WebResponse over = post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(master, birth, 90, 20));

        assertThat(error(lowWorkshop, "workshopShare")).contains("au moins 80 %");
        assertThat(error(lowCentre, "centreShare")).contains("au moins 10 %");
        assertThat(error(over, "centreShare")).contains("100 %");
    }

    @Test
    void aMasterTakesNoMoreApprenticesThanTheCapacity() {
        long master = masters.get(3);
        assertThat(post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(master, 18))
                        .status())
                .isEqualTo(201);
        assertThat(post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(master, 19))
                        .status())
                .isEqualTo(201);

        WebResponse third = post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(master, 20));

        assertThat(error(third, "masterReference")).contains("déjà 2 apprentis");
    }

    @Test
    void agentsRecordingAtTheSameTimeNeverGiveAMasterMoreApprenticesThanTheCapacity() throws Exception {
        long master = masters.get(masters.size() - 1);
        List<java.util.concurrent.Callable<Integer>> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int age = 18 + i;
            posts.add(() -> post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(master, age))
                    .status());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : pool.invokeAll(posts)) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
            assertThat(statuses).filteredOn(s -> s != 201).containsOnly(400);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_contract where master_id = ? and status = 'RUNNING'",
                        Long.class,
                        master))
                .isEqualTo(2);
    }

    @Test
    void aSuspendedMasterCannotTakeANewApprentice() {
        long master = masters.get(4);
        jdbc.update("update reg_artisan set status = 'SUSPENDED' where id = ?", master);

        WebResponse refused = post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(master, 18));

        assertThat(error(refused, "masterReference")).contains("suspendue");
    }

    @Test
    void theLogbookRaisesAlertsAndTheFinalAssessmentNeedsEveryEvaluation() {
        long id = id(post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(masters.get(5), 16)));
        var start = ApprenticeshipFixtures.START;

        JsonNode withEntry = JSON.readTree(post(
                        "agent.draa",
                        CONTRACTS + "/" + id + "/logbook",
                        ApprenticeshipFixtures.period(start, 20, 12, 14, null))
                .body());

        assertThat(withEntry.get("alerts").toString())
                .contains("évaluation du centre manquante")
                .contains("présence de 60 %");
        WebResponse early = post("agent.draa", CONTRACTS + "/" + id + "/assessment", assessment("PASSED"));
        assertThat(error(early, "result")).contains("évaluations du maître ou du centre manquent");

        long entry = withEntry.get("logbook").get(0).get("id").asLong();
        post("agent.draa", CONTRACTS + "/" + id + "/logbook/" + entry + "/evaluations", """
                {"by":"CENTRE","score":13}""");
        WebResponse assessed = post("agent.draa", CONTRACTS + "/" + id + "/assessment", assessment("PASSED"));

        assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
        assertThat(JSON.readTree(assessed.body()).get("status").asString()).isEqualTo("FINISHED");
        WebResponse again = post("agent.draa", CONTRACTS + "/" + id + "/abandonment", "{\"reason\":\"Départ\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aPassedApprenticeReceivesACertificateOnceLinkedToTheirFileInTheRegister() {
        long id = id(post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(masters.get(11), 19)));
        var start = ApprenticeshipFixtures.START;
        post("agent.draa", CONTRACTS + "/" + id + "/logbook", ApprenticeshipFixtures.period(start, 20, 19, 15, 14));

        JsonNode passed = JSON.readTree(post("agent.draa", CONTRACTS + "/" + id + "/assessment", assessment("PASSED"))
                .body());
        assertThat(passed.get("certificateRef").isNull()).isTrue();
        String apprentice = jdbc.queryForObject(
                "select registration_number from reg_artisan where id = ?", String.class, masters.get(12));
        WebResponse certified = post(
                "agent.draa",
                CONTRACTS + "/" + id + "/certificate",
                "{\"apprenticeReference\":\"" + apprentice + "\"}");

        assertThat(certified.status()).as(certified.body()).isEqualTo(200);
        assertThat(JSON.readTree(certified.body()).get("certificateRef").asString())
                .startsWith("AP");
        byte[] pdf = new WebSession(port)
                .download(
                        CONTRACTS + "/" + id + "/certificate",
                        "Authorization",
                        WebSession.basic("agent.draa", "demo1234"));
        Map<String, Object> holder = jdbc.queryForMap(
                "select coalesce(first_name_lat, first_name_ar) as first_name, coalesce(last_name_lat, last_name_ar)"
                        + " as last_name from reg_artisan where id = ?",
                masters.get(12));
        assertThat(PdfText.of(pdf))
                .as("certificate, in French and Arabic")
                .contains(JSON.readTree(certified.body()).get("certificateRef").asString())
                .contains(holder.get("first_name").toString())
                .contains(holder.get("last_name").toString())
                .contains("Royaume du Maroc")
                .contains("المملكة المغربية");
        WebResponse again = post(
                "agent.draa",
                CONTRACTS + "/" + id + "/certificate",
                "{\"apprenticeReference\":\"" + apprentice + "\"}");
        assertThat(error(again, "contract")).contains("déjà délivré");
    }

    @Test
    void aContractCanBeAbandonedWithAReason() {
        long id = id(post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(masters.get(6), 22)));

        WebResponse abandoned =
                post("agent.draa", CONTRACTS + "/" + id + "/abandonment", "{\"reason\":\"Départ à Casablanca\"}");

        assertThat(JSON.readTree(abandoned.body()).get("status").asString()).isEqualTo("ABANDONED");
        assertThat(get("agent.draa", CONTRACTS + "?status=ABANDONED").body()).contains("\"id\":" + id);
    }

    @Test
    void anAgentOfAnotherRegionNeverSeesTheContract() {
        long id = id(post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(masters.get(7), 25)));

        assertThat(get("agent.fes", CONTRACTS + "/" + id).status()).isEqualTo(404);
        assertThat(get("agent.fes", CONTRACTS).body()).doesNotContain("\"id\":" + id + ",");
        WebSession fes = WebSession.loggedIn(port, "agent.fes");
        assertThat(fes.get("/apprenticeship/contracts/" + id).status()).isEqualTo(404);
        WebResponse foreignMaster = post("agent.fes", CONTRACTS, ApprenticeshipFixtures.contract(masters.get(8), 20));
        assertThat(error(foreignMaster, "masterReference")).contains("Aucun artisan de votre région");
    }

    @Test
    void theReportCountsContractsByStatusWithAChartAndACsvExport() {
        long id = id(post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(masters.get(9), 21)));
        post("agent.draa", CONTRACTS + "/" + id + "/abandonment", "{\"reason\":\"Maladie\"}");
        WebSession manager = WebSession.loggedIn(port, "manager.draa");

        assertThat(manager.get("/apprenticeship/reports?lang=fr").body())
                .contains("<svg")
                .contains("Abandonné");
        WebResponse csv = manager.get("/apprenticeship/reports.csv?lang=fr");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("Code du métier").contains("P01");
        assertThat(WebSession.loggedIn(port, "agent.fes")
                        .get("/apprenticeship/reports.csv")
                        .body())
                .doesNotContain("P01");
    }

    @Test
    void theDeclaredReportTakesOnlyItsOwnAddress() {
        WebSession manager = WebSession.loggedIn(port, "manager.draa");

        // the platform serves /{module}/reports for declared reports only; pages a module maps itself still win
        assertThat(manager.get("/apprenticeship/reports?lang=fr").status()).isEqualTo(200);
        assertThat(manager.get("/coverage/reports").status()).isEqualTo(404);
        assertThat(manager.get("/verify/reports?lang=fr").status()).isEqualTo(200);
        assertThat(manager.get("/verify/reports.csv?lang=fr").status()).isEqualTo(200);
    }

    @Test
    void theReportDownloadsAsXlsxWithTheCraftRowAndOnlyTheUsersRegion() throws IOException {
        long id = id(post("agent.draa", CONTRACTS, ApprenticeshipFixtures.contract(masters.get(13), 23)));
        post("agent.draa", CONTRACTS + "/" + id + "/abandonment", "{\"reason\":\"Maladie\"}");
        WebSession manager = WebSession.loggedIn(port, "manager.draa");

        WebResponse response = manager.get("/apprenticeship/reports.xlsx?lang=fr");
        byte[] xlsx = manager.download("/apprenticeship/reports.xlsx?lang=fr");

        assertThat(response.header("Content-Type"))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.header("Content-Disposition")).contains("apprenticeships.xlsx");
        assertThat(manager.get("/apprenticeship/reports?lang=fr").body()).contains("Exporter en Excel (XLSX)");
        List<List<String>> sheet = XlsxSheets.read(xlsx);
        assertThat(sheet.get(0)).startsWith("Code du métier");
        List<String> p01 = sheet.stream()
                .filter(row -> row.get(0).equals("P01"))
                .findFirst()
                .orElseThrow();
        assertThat(Integer.parseInt(p01.get(4))).as("abandoned").isGreaterThanOrEqualTo(1);
        List<List<String>> fes = XlsxSheets.read(
                WebSession.loggedIn(port, "agent.fes").download("/apprenticeship/reports.xlsx?lang=fr"));
        assertThat(fes).hasSize(1);
    }

    @Test
    void theFormShowsTheAgeRefusalInArabic() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/apprenticeship/contracts/new?lang=ar");
        String reference = jdbc.queryForObject(
                "select registration_number from reg_artisan where id = ?", String.class, masters.get(10));

        WebResponse refused = agent.post(
                "/apprenticeship/contracts",
                Map.ofEntries(
                        Map.entry("apprenticeFirstName", "يوسف"),
                        Map.entry("apprenticeLastName", "آيت علي"),
                        Map.entry(
                                "apprenticeBirthDate",
                                ApprenticeshipFixtures.START.minusYears(12).toString()),
                        Map.entry("masterReference", reference),
                        Map.entry("workshopName", "ورشة النسيج"),
                        Map.entry("centreName", "مركز التكوين"),
                        Map.entry("craftCode", "P01"),
                        Map.entry("trainingLevel", "ATTESTATION"),
                        Map.entry("startsOn", ApprenticeshipFixtures.START.toString()),
                        Map.entry(
                                "endsOn",
                                ApprenticeshipFixtures.START.plusYears(1).toString()),
                        Map.entry("workshopShare", "80"),
                        Map.entry("centreShare", "20")));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("يجب أن يكون عمر المتدرج بين 15 و30 سنة");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from app_contract", Long.class);
    }

    private static long id(WebResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
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

    private static String assessment(String result) {
        return "{\"result\":\"" + result + "\",\"score\":15,\"note\":\"Bon travail\"}";
    }

    private WebResponse post(String user, String path, String body) {
        return new WebSession(port)
                .postJson(path, body, "Authorization", WebSession.basic(user, "demo1234"), "Accept-Language", "fr");
    }

    private WebResponse get(String user, String path) {
        return new WebSession(port)
                .get(path, "Authorization", WebSession.basic(user, "demo1234"), "Accept-Language", "fr");
    }
}
