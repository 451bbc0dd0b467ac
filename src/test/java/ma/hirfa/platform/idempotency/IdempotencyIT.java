package ma.hirfa.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class IdempotencyIT {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    private static final String AGENT = WebSession.basic("agent.draa", "demo1234");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRetriedCreationGetsTheFirstAnswerAndCreatesNothingMore() {
        WebSession device = new WebSession(port);

        WebResponse first = create(device, "JI900001", "sync-2026-11-29-0001");
        WebResponse retry = create(device, "JI900001", "sync-2026-11-29-0001");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count("JI900001")).isEqualTo(1);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        WebSession device = new WebSession(port);
        create(device, "JI900002", "sync-reused");

        WebResponse other = create(device, "JI900003", "sync-reused");

        assertThat(other.status()).isEqualTo(422);
        assertThat(count("JI900003")).isZero();
    }

    @Test
    void keysBelongToTheirUser() {
        create(new WebSession(port), "JI900004", "shared-name");

        WebResponse manager = new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans",
                        body("JI900005"),
                        "Authorization",
                        WebSession.basic("manager.draa", "demo1234"),
                        "Idempotency-Key",
                        "shared-name");

        assertThat(manager.status()).isEqualTo(201);
        assertThat(count("JI900005")).isEqualTo(1);
    }

    @Test
    void aRetriedUploadStoresTheDocumentOnce() {
        long artisan = RegistryFixtures.artisanIn("401").draft(port);
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int before = documents(artisan);

        for (int attempt = 0; attempt < 2; attempt++) {
            WebResponse uploaded = new WebSession(port)
                    .upload(
                            "/api/v1/registry/artisans/" + artisan + "/documents",
                            java.util.Map.of("kind", "OTHER"),
                            "file",
                            "attestation.pdf",
                            "application/pdf",
                            pdf,
                            "Authorization",
                            AGENT,
                            "Idempotency-Key",
                            "upload-once");
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        }

        assertThat(documents(artisan)).isEqualTo(before + 1);
    }

    private int documents(long artisan) {
        return jdbc.queryForObject("select count(*) from reg_document where artisan_id = ?", Integer.class, artisan);
    }

    @Test
    void anOverlongKeyIsRefused() {
        WebResponse response = create(new WebSession(port), "JI900006", "k".repeat(101));

        assertThat(response.status()).isEqualTo(400);
        assertThat(count("JI900006")).isZero();
    }

    @Test
    void simultaneousRetriesCreateOneRecord() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<WebResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<WebResponse> call = () -> create(new WebSession(port), "JI900007", "burst-key");
                answers.add(pool.submit(call));
            }
            for (Future<WebResponse> answer : answers) {
                assertThat(answer.get().status()).isIn(201, 409);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count("JI900007")).isEqualTo(1);
    }

    @Autowired
    IdempotencySweep sweep;

    @Autowired
    IdempotencyStore store;

    @Test
    void aReplayCarriesTheFirstLocation() {
        WebSession device = new WebSession(port);

        WebResponse first = create(device, "JI900008", "located-once");
        WebResponse retry = create(device, "JI900008", "located-once");

        assertThat(first.location()).contains("/api/v1/registry/artisans/");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.location()).isEqualTo(first.location());
    }

    @Test
    void theSameKeyAndBodyWithAnotherQueryIsAnotherRequest() {
        WebSession device = new WebSession(port);
        create(device, "JI900009", "query-counts");

        WebResponse other = device.postJson(
                "/api/v1/registry/artisans?source=retry",
                body("JI900009"),
                "Authorization",
                AGENT,
                "Idempotency-Key",
                "query-counts");

        assertThat(other.status()).isEqualTo(422);
        assertThat(count("JI900009")).isEqualTo(1);
    }

    @Test
    void anExpiredKeyIsForgottenAndTheSweepDeletesExpiredKeys() {
        WebSession device = new WebSession(port);
        create(device, "JI900010", "expires-soon");
        create(device, "JI900011", "stays");
        jdbc.update(
                "update plat_idempotency set created_at = created_at - interval '2' day where idem_key = ?",
                "expires-soon");

        WebResponse reused = create(device, "JI900012", "expires-soon");
        jdbc.update(
                "update plat_idempotency set created_at = created_at - interval '2' day where idem_key = ?",
                "expires-soon");
        int deleted = store.deleteExpired();

        assertThat(reused.status())
                .as("after a day the key runs as a new request")
                .isEqualTo(201);
        assertThat(reused.header("Idempotent-Replayed")).isNullOrEmpty();
        assertThat(count("JI900012")).isEqualTo(1);
        assertThat(deleted).isEqualTo(1);
        assertThat(keys("expires-soon")).isZero();
        assertThat(keys("stays")).isEqualTo(1);
        assertThat(sweep).isNotNull();
    }

    @Test
    void aBodyAboveTheLimitIsA413ProblemWithNothingWrittenWhetherItsLengthIsDeclaredOrNot() throws Exception {
        String huge = body("JI900013").replace("\"Itto\"", "\"" + "I".repeat(1_100_000) + "\"");

        WebResponse declared = new WebSession(port).postJson("/api/v1/registry/artisans", huge, "Authorization", AGENT);
        java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/api/v1/registry/artisans"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", AGENT)
                                .header("Idempotency-Key", "huge-body")
                                .header("Accept-Language", "fr")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(
                                                huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.header("Content-Type")).startsWith("application/problem+json");
        assertThat(declared.body()).contains("\"status\":413").contains("platform.api.tooLarge");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("dépasse la limite (1048576 octets)");
        assertThat(count("JI900013")).isZero();
        assertThat(keys("huge-body")).isZero();
    }

    private int keys(String key) {
        return jdbc.queryForObject("select count(*) from plat_idempotency where idem_key = ?", Integer.class, key);
    }

    private WebResponse create(WebSession device, String nationalId, String key) {
        return device.postJson(
                "/api/v1/registry/artisans", body(nationalId), "Authorization", AGENT, "Idempotency-Key", key);
    }

    private static String body(String nationalId) {
        return "{\"nationalId\":\"" + nationalId + "\",\"firstNameLat\":\"Itto\",\"lastNameLat\":\"Oubella\","
                + "\"sex\":\"F\",\"birthDate\":\"1979-09-09\",\"provinceCode\":\"577\",\"craftCode\":\"P01\","
                + "\"category\":\"ARTISAN\",\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":20}";
    }

    private int count(String nationalId) {
        return jdbc.queryForObject("select count(*) from reg_artisan where national_id = ?", Integer.class, nationalId);
    }
}
