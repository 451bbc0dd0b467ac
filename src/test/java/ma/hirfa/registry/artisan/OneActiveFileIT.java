package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * One active file per person holds when writers pass the register's check at the same moment (ADR 0064). The
 * window between the check and the insert is a few milliseconds, too small to lose reliably, so the test widens
 * it: {@link ArtisanQueries#lookalike}, asked after the check and before the insert, holds the racing requests
 * until all of them have passed the check. Without the database's index every one of them would be saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
// the database enforces the rule on PostgreSQL only (ADR 0064: H2 keeps it by the check alone)
@EnabledIfSystemProperty(named = "hirfa.test.database", matches = "postgres")
class OneActiveFileIT {

    private static final String AGENT = WebSession.basic("agent.draa", PlatformFixtures.PASSWORD);
    private static final String MANAGER = WebSession.basic("manager.draa", PlatformFixtures.PASSWORD);
    private static final int RACERS = 8;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @MockitoSpyBean
    ArtisanQueries queries;

    @LocalServerPort
    int port;

    /** Held at the hook by last name: the racers of a test, and the form that waits for the API's commit. */
    private final Map<String, CyclicBarrier> barriers = new java.util.concurrent.ConcurrentHashMap<>();

    private final CountDownLatch formChecked = new CountDownLatch(1);
    private final CountDownLatch apiCommitted = new CountDownLatch(1);

    @BeforeEach
    void staffAndTheHook() {
        PlatformFixtures.staff(accounts);
        doAnswer(call -> {
                    ArtisanDetails d = call.getArgument(0);
                    CyclicBarrier barrier = barriers.get(String.valueOf(d.lastNameLat()));
                    if (barrier != null) {
                        try {
                            barrier.await(20, TimeUnit.SECONDS);
                        } catch (java.util.concurrent.BrokenBarrierException
                                | java.util.concurrent.TimeoutException e) {
                            // a racer refused earlier: the others go on
                        }
                    }
                    if ("Formrace".equals(d.lastNameLat())) {
                        formChecked.countDown();
                        apiCommitted.await(20, TimeUnit.SECONDS);
                    }
                    return call.callRealMethod();
                })
                .when(queries)
                .lookalike(any(), any());
    }

    @Test
    void ofEightAgentsRegisteringOnePersonAtOnceOneSucceedsAndTheOthersAreToldTheNationalIdIsTaken() throws Exception {
        barriers.put("Apirace", new CyclicBarrier(RACERS));
        long auditBefore = created();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Future<WebResponse>> answers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return register("RC700001", "Apirace", "fr");
            }));
        }
        start.countDown();
        List<WebResponse> done = new ArrayList<>();
        for (Future<WebResponse> answer : answers) {
            done.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(done).as("answers").filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(done)
                .as("the losers")
                .filteredOn(r -> r.status() != 201)
                .hasSize(RACERS - 1)
                .allSatisfy(r -> {
                    assertThat(r.status()).as(r.body()).isEqualTo(409);
                    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(r.body())
                            .contains("\"code\":\"registry.artisan.nationalId.taken\"")
                            .contains("\"field\":\"nationalId\"")
                            .contains(text("registry.artisan.nationalId.taken", "fr"))
                            .doesNotContain("platform.api.concurrentChange");
                });
        assertThat(jdbc.queryForObject(
                        "select count(*) from reg_artisan where national_id = 'RC700001'", Integer.class))
                .as("files of the person")
                .isEqualTo(1);
        assertThat(created() - auditBefore).as("audit records of a creation").isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mat_identity where national_id = 'RC700001'", Integer.class))
                .as("identity index entries")
                .isEqualTo(1);
    }

    @Test
    void theFormThatLosesTheRaceComesBackWithTheNationalIdMessageAndSavesNothing() throws Exception {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/registry/artisans/new?lang=fr");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<WebResponse> form = pool.submit(() -> agent.post("/registry/artisans", form("RC700002")));
        assertThat(formChecked.await(30, TimeUnit.SECONDS))
                .as("the form passed the check")
                .isTrue();

        WebResponse api = register("RC700002", "Apiwins", "fr");
        apiCommitted.countDown();
        WebResponse refused = form.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(api.status()).as(api.body()).isEqualTo(201);
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.body())
                .contains(html(text("registry.artisan.nationalId.taken", "fr")))
                .doesNotContain(html(text("platform.api.concurrentChange", "fr")))
                .contains("value=\"RC700002\"")
                .contains("value=\"Formrace\"");
        assertThat(jdbc.queryForList(
                        "select last_name_lat from reg_artisan where national_id = 'RC700002'", String.class))
                .containsExactly("Apiwins");
    }

    @Test
    void aStruckOffFileIsNotReinstatedWhileThePersonHoldsAnotherActiveFile() {
        long first = idOf(register("RC700003", "Reinstate", "fr"));
        assertThat(step(AGENT, first, "submit", null).status()).isEqualTo(200);
        assertThat(step(MANAGER, first, "approve", null).status()).isEqualTo(200);
        assertThat(step(MANAGER, first, "strike-off", "cessation").status()).isEqualTo(200);
        WebResponse second = register("RC700003", "Reinstate", "fr");
        assertThat(second.status())
                .as("a struck-off file no longer holds the id")
                .isEqualTo(201);

        WebResponse reinstated = step(MANAGER, first, "reinstate", "reprise");

        assertThat(reinstated.status()).as(reinstated.body()).isEqualTo(409);
        assertThat(reinstated.body()).contains("\"code\":\"registry.artisan.nationalId.taken\"");
        assertThat(jdbc.queryForObject("select status from reg_artisan where id = ?", String.class, first))
                .isEqualTo("STRUCK_OFF");
    }

    private WebResponse register(String nationalId, String lastName, String language) {
        String body = "{\"nationalId\":\"" + nationalId + "\",\"firstNameAr\":\"حسن\",\"lastNameAr\":\"أمزيان\","
                + "\"firstNameLat\":\"Hassan\",\"lastNameLat\":\"" + lastName + "\",\"sex\":\"M\","
                + "\"birthDate\":\"1979-04-03\",\"provinceCode\":\"401\",\"craftCode\":\"P02\","
                + "\"category\":\"ARTISAN\",\"qualificationBasis\":\"EXPERIENCE\",\"experienceYears\":12,"
                + "\"taxStatus\":\"UNTAXED\"}";
        return new WebSession(port)
                .postJson("/api/v1/registry/artisans", body, "Authorization", AGENT, "Accept-Language", language);
    }

    private WebResponse step(String credentials, long id, String action, String reason) {
        return new WebSession(port)
                .postJson(
                        "/api/v1/registry/artisans/" + id + "/" + action,
                        reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}",
                        "Authorization",
                        credentials);
    }

    private long created() {
        return jdbc.queryForObject(
                "select count(*) from plat_audit_record where entity_type = 'Artisan' and action = 'CREATE'",
                Long.class);
    }

    private static long idOf(WebResponse created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Long.parseLong(created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;");
    }

    private static Map<String, String> form(String nationalId) {
        return RegistryFixtures.registrationForm(nationalId, "Formrace", "1981-06-02", "06 12 34 56 79");
    }
}
