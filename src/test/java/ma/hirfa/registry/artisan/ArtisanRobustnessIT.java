package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.hirfa.platform.ArtisanAccounts;
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
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 items 6 and 8 on the register: concurrent approvals of one file, exports asked for by an artisan, and
 * JSON values of the wrong type, each a translated 4xx naming what is wrong, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ArtisanRobustnessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MANAGER = WebSession.basic("manager.draa", "demo1234");
    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ArtisanAccounts artisanAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void twentyParallelApprovalsOfOneFileApproveItOnceAndTheOthersAreTold409() throws Exception {
        long id = RegistryFixtures.artisanIn("587").submitted(port);
        int threads = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<WebResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<WebResponse> approve = () -> {
                    start.await();
                    return new WebSession(port)
                            .postJson(
                                    "/api/v1/registry/artisans/" + id + "/approve",
                                    "{}",
                                    "Authorization",
                                    MANAGER,
                                    "Accept-Language",
                                    "fr");
                };
                answers.add(pool.submit(approve));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<WebResponse> answer : answers) {
                WebResponse response = answer.get();
                statuses.add(response.status());
                if (response.status() == 409) {
                    JsonNode problem = JSON.readTree(response.body());
                    assertThat(problem.get("detail").asString())
                            .as(response.body())
                            .isNotBlank();
                }
            }
            assertThat(statuses).as(statuses.toString()).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_artisan_event where artisan_id = ? and to_status = 'REGISTERED'",
                        Integer.class,
                        id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_artisan where id = ? and status = 'REGISTERED'"
                                + " and registration_number is not null",
                        Integer.class,
                        id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from plat_audit_record where entity_type = 'Artisan' and entity_id = ?"
                                + " and after_state like '%REGISTERED%' and before_state like '%SUBMITTED%'",
                        Integer.class, String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void anArtisanAskingForAnyExportOrStaffDownloadIsRefused403() {
        long id = RegistryFixtures.artisanIn("587").registered(port);
        String username = "robust" + id;
        String password =
                artisanAccounts.open(username, "Artisan " + id, id, "08").orElseThrow();
        String credentials = WebSession.basic(username, password);
        WebSession api = new WebSession(port);
        for (String path : new String[] {
            "/api/v1/registry/artisans/export",
            "/api/v1/registry/artisans/export?format=xlsx",
            "/api/v1/registry/artisans/search/export?q=Hassan",
            "/api/v1/training/reports",
            "/api/v1/coverage/retroactive"
        }) {
            WebResponse answer = api.get(path, "Authorization", credentials, "Accept-Language", "fr");
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(403);
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        WebSession pages = new WebSession(port);
        assertThat(pages.login(username, password).location()).doesNotContain("error");
        for (String path : new String[] {
            "/registry/artisans/export",
            "/registry/artisans/search/export?q=Hassan",
            "/training/reports.csv",
            "/training/reports.xlsx",
            "/vae/reports.csv",
            "/apprenticeship/reports.xlsx",
            "/coverage/reconciliation/not-enrolled.csv",
            "/coverage/retroactive/batch.csv"
        }) {
            WebResponse answer = pages.get(path);
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(403);
        }
        // Their own file stays theirs to download.
        assertThat(pages.get("/registry/artisans/" + id + "/export.json").status())
                .isEqualTo(200);
    }

    @Test
    void valuesOfTheWrongTypeAreNamedByFieldAndMalformedJsonByPosition() {
        WebSession api = new WebSession(port);
        String valid = validArtisan();

        JsonNode date = problem(api, valid.replace("\"1980-04-02\"", "\"x\""), 400);
        JsonNode choice = problem(api, valid.replace("\"sex\":\"F\"", "\"sex\":\"X\""), 400);
        JsonNode number = problem(api, valid.replace("\"experienceYears\":12", "\"experienceYears\":\"abc\""), 400);
        JsonNode syntax = problem(api, "{\n  \"firstNameLat\": \"Fatima\",\n  \"sex\": F\n}", 400);

        assertThat(error(date, "birthDate")).isEqualTo("pas une date (AAAA-MM-JJ)");
        assertThat(date.get("detail").asString()).isEqualTo("birthDate: pas une date (AAAA-MM-JJ)");
        assertThat(error(choice, "sex")).isEqualTo("pas une des valeurs permises (F, M)");
        assertThat(error(number, "experienceYears")).isEqualTo("pas un nombre");
        assertThat(syntax.get("errors")).isNull();
        assertThat(syntax.get("code").asString()).isEqualTo("platform.api.unreadable");
        assertThat(syntax.get("detail").asString()).isEqualTo("Le corps de la requête n’est pas un JSON valide.");
        assertThat(syntax.get("line").asInt()).isEqualTo(3);
        assertThat(syntax.get("column").asInt()).isPositive();
    }

    private JsonNode problem(WebSession api, String body, int status) {
        WebResponse answer =
                api.postJson("/api/v1/registry/artisans", body, "Authorization", AGENT, "Accept-Language", "fr");
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return JSON.readTree(answer.body());
    }

    private static String error(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (field.equals(error.path("field").asString(""))) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }

    private static String validArtisan() {
        return "{\"nationalId\":\"RB123456\",\"firstNameAr\":\"فاطمة\",\"lastNameAr\":\"العلوي\","
                + "\"firstNameLat\":\"Fatima\",\"lastNameLat\":\"Alaoui\",\"sex\":\"F\",\"birthDate\":\"1980-04-02\","
                + "\"provinceCode\":\"587\",\"craftCode\":\"P01\",\"category\":\"ARTISAN\","
                + "\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":12,\"taxStatus\":\"UNTAXED\"}";
    }
}
