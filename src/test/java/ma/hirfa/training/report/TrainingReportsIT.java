package ma.hirfa.training.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import ma.hirfa.training.TrainingApi;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a caravan in Zagora the test holds itself, without the demo: three trainees from Zagora, Ouarzazate and
 * Errachidia, the last of whom came one day out of two, so two complete and receive a certificate.
 */
// A database of its own (the second property only tells the context apart): the report counts the whole region,
// so no other test's trainees may be in it.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hirfa.demo=false", "hirfa.test.database-of=TrainingReportsIT"})
class TrainingReportsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
    private static boolean held;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void aCaravanInZagora() {
        if (held) {
            return;
        }
        PlatformFixtures.staff(accounts);
        TrainingApi agent = new TrainingApi(() -> port, "agent.draa");
        long session =
                agent.session(agent.programme("[]", 80, false), "587", FIRST_DAY, FIRST_DAY.plusDays(1), 10, false);
        for (String province : List.of("587", "401", "201")) {
            TrainingApi.json(
                    agent.enrol(session, RegistryFixtures.artisanIn(province).registered(port)), 200);
        }
        List<Long> trainees = new ArrayList<>();
        agent.enrolments(session).forEach(e -> trainees.add(e.get("id").asLong()));
        TrainingApi.json(agent.attendance(session, FIRST_DAY, trainees.toString()), 200);
        TrainingApi.json(
                agent.attendance(
                        session, FIRST_DAY.plusDays(1), trainees.subList(0, 2).toString()),
                200);
        assertThat(TrainingApi.json(agent.post(TrainingApi.BASE + "/sessions/" + session + "/certificates", "{}"), 200)
                        .get("issued")
                        .asInt())
                .isEqualTo(2);
        held = true;
    }

    @Test
    void theReportCountsTraineesCompletionsAndCertificatesOfTheRegionOnly() {
        JsonNode byProvince = report("agent.draa", "province");
        int trainees = sum(byProvince, "trainees");
        int completions = sum(byProvince, "completions");
        int certificates = sum(byProvince, "certificates");

        assertThat(trainees).isEqualTo(3);
        assertThat(completions).isEqualTo(2);
        assertThat(certificates).isEqualTo(2);
        assertThat(sum(report("agent.draa", "sex"), "trainees")).isEqualTo(trainees);
        assertThat(sum(report("agent.draa", "craft"), "trainees")).isEqualTo(trainees);
        JsonNode byAge = report("agent.draa", "age");
        assertThat(sum(byAge, "trainees")).isEqualTo(trainees);
        for (JsonNode row : byAge) {
            assertThat(row.get("key").asString())
                    .isIn(Set.of("UNDER_25", "FROM_25_TO_34", "FROM_35_TO_44", "FROM_45_TO_54", "FROM_55", "UNKNOWN"));
        }
        assertThat(report("agent.fes", "province")).isEmpty();
    }

    @Test
    void thePageDrawsAChartWithoutScriptAndTheCsvOpensInExcelWithTranslatedHeaders() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");

        String page = agent.get("/training/reports?by=sex&lang=fr").body();
        byte[] csv = agent.download("/training/reports.csv?by=province");
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page).contains("<svg id=\"report-chart\"").contains("Femme").doesNotContain("cdn");
        assertThat(text).startsWith("\uFEFFProvince,Stagiaires,Réussites,Certificats valides");
        assertThat(text).contains("Zagora");
        assertThat(WebSession.loggedIn(port, "agent.fes")
                        .get("/training/reports?lang=fr")
                        .body())
                .contains("Aucun stagiaire ni certificat");
    }

    @Test
    void theXlsxExportOpensWithTranslatedHeadersAndTheZagoraRowAndIsRefusedOutsideTheTrainingRoles()
            throws IOException {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");

        WebResponse response = agent.get("/training/reports.xlsx?by=province&lang=fr");
        byte[] xlsx = agent.download("/training/reports.xlsx?by=province&lang=fr");

        assertThat(response.header("Content-Type"))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.header("Content-Disposition")).contains("training-by-province.xlsx");
        assertThat(agent.get("/training/reports?lang=fr").body()).contains("Exporter en Excel (XLSX)");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Province");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Stagiaires");
            Row zagora = null;
            for (Row row : sheet) {
                if ("Zagora".equals(row.getCell(0).getStringCellValue())) {
                    zagora = row;
                }
            }
            assertThat(zagora).as("a Zagora row").isNotNull();
            // The trainees of the Zagora caravan live in several provinces: the row carries Zagora's own count.
            int zagoraTrainees = 0;
            for (JsonNode row : report("agent.draa", "province")) {
                if (row.get("label").asString().equals("Zagora")) {
                    zagoraTrainees = row.get("trainees").asInt();
                }
            }
            assertThat(zagoraTrainees).isOne();
            // Counts are numeric cells, so that a spreadsheet sums them without converting text.
            assertThat(zagora.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(zagora.getCell(1).getNumericCellValue()).isEqualTo(zagoraTrainees);
        }
        WebSession coverage = WebSession.loggedIn(port, "coverage.draa");
        assertThat(coverage.get("/training/reports.csv").status()).isEqualTo(403);
        assertThat(coverage.get("/training/reports.xlsx").status()).isEqualTo(403);
    }

    private JsonNode report(String user, String by) {
        return JSON.readTree(new WebSession(port)
                .get(
                        "/api/v1/training/reports?by=" + by,
                        "Authorization",
                        WebSession.basic(user, "demo1234"),
                        "Accept-Language",
                        "fr")
                .body());
    }

    private static int sum(JsonNode rows, String field) {
        int total = 0;
        for (JsonNode row : rows) {
            total += row.get(field).asInt();
        }
        return total;
    }
}
