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
