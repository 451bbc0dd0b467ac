package ma.hirfa.infrastructure;

import static ma.hirfa.infrastructure.InfrastructureApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class InfrastructureApiIT {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    final InfrastructureApi manager = new InfrastructureApi(() -> port, "manager.draa");
    final InfrastructureApi fes = new InfrastructureApi(() -> port, "manager.fes");
    final InfrastructureApi ministry = new InfrastructureApi(() -> port, "ministry");

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void aManagerSeesTheComplexesOfTheirRegionOnlyAndTheMinistrySeesThemAll() {
        long ouarzazate = InfrastructureFixtures.complex(manager, "401", "Ouarzazate scope", "IN_OPERATION");
        long boulemane = InfrastructureFixtures.complex(fes, "131", "Boulemane scope", "STUDY");

        List<Long> draa = ids(json(manager.get("/complexes?size=100"), 200));
        assertThat(draa).contains(ouarzazate).doesNotContain(boulemane);
        assertThat(manager.get("/complexes/" + boulemane).status()).isEqualTo(404);
        assertThat(manager.get("/complexes/" + boulemane).body()).doesNotContain("Boulemane");
        assertThat(manager.put("/complexes/" + boulemane, complexJson("131", 33.0))
                        .status())
                .isEqualTo(404);

        List<Long> national = ids(json(ministry.get("/complexes?size=100"), 200));
        assertThat(national).contains(ouarzazate, boulemane);
        JsonNode one = json(ministry.get("/complexes?size=100&status=IN_OPERATION"), 200);
        assertThat(ids(one)).contains(ouarzazate).doesNotContain(boulemane);
        JsonNode row = find(one, ouarzazate);
        assertThat(row.get("nameFr").asString()).isEqualTo("Ouarzazate scope");
        assertThat(row.get("provinceCode").asString()).isEqualTo("401");
        assertThat(row.get("units").get("total").asLong()).isZero();
        assertThat(row.get("units").has("vacant")).isTrue();
        assertThat(row.get("units").has("allocated")).isTrue();

        assertThat(ministry.post("/complexes", complexJson("401", 31.0)).status())
                .as("the ministry reads and does not write")
                .isEqualTo(403);
    }

    @Test
    void aComplexGivesItsProjectsWithTheGapTheSlipAndTheSpentRatio() {
        long complex = InfrastructureFixtures.complex(manager, "577", "Tinghir figures", "UNDER_CONSTRUCTION");
        long project = InfrastructureFixtures.projectShortOfMoneyAndLate(manager, complex);

        JsonNode detail = json(ministry.get("/complexes/" + complex), 200);
        JsonNode p = detail.get("projects").get(0);
        assertThat(p.get("id").asLong()).isEqualTo(project);
        assertThat(p.get("totalCost").decimalValue()).isEqualByComparingTo("24000000");
        assertThat(p.get("securedFunding").decimalValue()).isEqualByComparingTo("17000000");
        assertThat(p.get("spent").decimalValue()).isEqualByComparingTo("12000000");
        assertThat(p.get("fundingGap").decimalValue()).isEqualByComparingTo("7000000");
        assertThat(p.get("spentRatio").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(p.get("physicalProgress").asInt()).isEqualTo(62);
        LocalDate plannedEnd = LocalDate.parse(p.get("plannedEnd").asString());
        LocalDate forecastEnd = LocalDate.parse(p.get("forecastEnd").asString());
        // the finishing works were due two years after the start (a year ago) and are still open
        assertThat(p.get("slipDays").asLong())
                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(plannedEnd, forecastEnd))
                .isBetween(360L, 370L);
        assertThat(json(manager.get("/projects/" + project), 200)
                        .get("fundingGap")
                        .decimalValue())
                .isEqualByComparingTo("7000000");

        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type in ('InfraComplex', 'InfraProject',"
                                + " 'InfraFundingLine', 'InfraDisbursement', 'InfraMilestone', 'InfraProgress',"
                                + " 'InfraPhoto') and actor = 'manager.draa'",
                        Long.class))
                .as("every change is in the audit trail")
                .isGreaterThanOrEqualTo(1 + 1 + 3 + 3 + 5 + 4 + 2);
    }

    @Test
    void amountsPaymentsAndPositionsOutsideTheRulesAreRefusedAndNothingIsWritten() {
        long complex = InfrastructureFixtures.complex(manager, "577", "Kalaat refusals", "UNDER_CONSTRUCTION");
        WebResponse negative = manager.post("/complexes/" + complex + "/projects", project("-5"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"totalCost\"");
        WebResponse absurd = manager.post("/complexes/" + complex + "/projects", project("90000000000"));
        assertThat(absurd.status()).isEqualTo(400);
        assertThat(absurd.body()).contains("totalCost");
        long project = json(manager.post("/complexes/" + complex + "/projects", project("1000000")), 201)
                .get("id")
                .asLong();

        long line = InfrastructureFixtures.line(manager, project, "CHAMBER", null, null, "300000");
        InfrastructureFixtures.pay(
                manager, project, line, "200000", LocalDate.now().minusDays(3));
        WebResponse above = manager.post(
                "/projects/" + project + "/payments",
                "{\"fundingLineId\":%d,\"amount\":100000.01,\"madeOn\":\"%s\"}".formatted(line, LocalDate.now()));
        assertThat(above.status()).isEqualTo(409);
        assertThat(above.body()).contains("100000");
        WebResponse negativeLine =
                manager.post("/projects/" + project + "/funding-lines", "{\"source\":\"REGION\",\"amount\":-1}");
        assertThat(negativeLine.status()).isEqualTo(400);
        WebResponse partnerWithoutName =
                manager.post("/projects/" + project + "/funding-lines", "{\"source\":\"PARTNER\",\"amount\":10}");
        assertThat(partnerWithoutName.status()).isEqualTo(400);
        assertThat(partnerWithoutName.body()).contains("partnerName");
        JsonNode figures = json(manager.get("/projects/" + project), 200);
        assertThat(figures.get("spent").decimalValue()).isEqualByComparingTo("200000");
        assertThat(figures.get("securedFunding").decimalValue()).isEqualByComparingTo("300000");

        WebResponse paris = manager.post("/complexes", complexJson("401", 48.85));
        assertThat(paris.status()).isEqualTo(400);
        assertThat(paris.body()).contains("\"field\":\"latitude\"");
        WebResponse otherRegion = manager.post("/complexes", complexJson("131", 33.0));
        assertThat(otherRegion.status()).isEqualTo(400);
        assertThat(otherRegion.body()).contains("provinceCode");
        assertThat(manager.post("/complexes/" + complex + "/projects", """
                        {"titleAr":"م","titleFr":"P","titleZgh":"ⵣ","totalCost":10,"plannedStart":"2026-01-01",
                         "plannedEnd":"2301-01-01"}
                        """).status())
                .isEqualTo(400);
    }

    @Test
    void aSitePhotoKeepsItsPositionAndDateAndLosesTheCameraAndItsOwner() {
        long complex = InfrastructureFixtures.complex(manager, "577", "Tinghir photo", "UNDER_CONSTRUCTION");
        long project = json(manager.post("/complexes/" + complex + "/projects", project("1000000")), 201)
                .get("id")
                .asLong();
        long report = json(
                        manager.post(
                                "/projects/" + project + "/progress",
                                "{\"reportedOn\":\"%s\",\"percent\":20}".formatted(LocalDate.now())),
                        201)
                .get("id")
                .asLong();

        JsonNode photo = json(
                manager.upload(
                        "/projects/" + project + "/progress/" + report + "/photos",
                        InfrastructureFixtures.phonePhoto()),
                201);

        assertThat(photo.get("takenOn").asString()).isEqualTo("2026-03-14");
        assertThat(photo.get("latitude").decimalValue()).isEqualByComparingTo("31.514700");
        String kept = new String(
                manager.download(
                        InfrastructureApi.BASE + "/photos/" + photo.get("id").asLong()),
                StandardCharsets.ISO_8859_1);
        assertThat(kept).doesNotContain("Samsung", "Galaxy", "R58N123456", "Youssef");
        assertThat(fes.get("/projects/" + project).status()).isEqualTo(404);
        assertThat(fes.get("/photos/" + photo.get("id").asLong()).status()).isEqualTo(404);
    }

    private static String project(String cost) {
        return """
                {"titleAr":"مشروع","titleFr":"Projet","titleZgh":"ⴰⵙⵏⴼⴰⵔ","totalCost":%s,"plannedStart":"2025-01-01",
                 "plannedEnd":"2027-01-01"}
                """.formatted(cost);
    }

    private static String complexJson(String province, double latitude) {
        return """
                {"nameAr":"مجمع","nameFr":"Complexe","nameZgh":"ⴰⵙⵎⵓⵏ","provinceCode":"%s","latitude":%s,
                 "longitude":-5.5,"status":"STUDY","blocks":1,"floors":1}
                """.formatted(province, latitude);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode c : list) {
            if (c.get("id").asLong() == id) {
                return c;
            }
        }
        throw new AssertionError("complex " + id + " not listed");
    }
}
