package ma.hirfa.platform.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import ma.hirfa.HirfaApplication;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.TestDatabases;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real streaming replica of the test PostgreSQL (PostgreSQL pass only, as root, as CI runs): a write on the
 * primary reaches the replica, the home page's national tables and a report are served from it with its lag
 * shown, readiness and the metrics report it; when it stops, the same pages come from the primary.
 */
@EnabledIfSystemProperty(named = "hirfa.test.database", matches = "postgres")
class ReadReplicaIT {

    private static final String AS_OF = "Données de la copie de lecture, à jour il y a";

    private static StreamingReplica replica;
    private static ConfigurableApplicationContext node;
    private static String replicaUrl;

    @BeforeAll
    static void startAReplicaAndANodeReadingFromIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(StreamingReplica.possible(), "needs root, as in CI");
        String user = env("HIRFA_TEST_PG_USER", "hirfa");
        String password = env("HIRFA_TEST_PG_PASSWORD", "hirfa");
        replica = StreamingReplica.of(System.getenv(TestDatabases.PG_URL), user, password);
        Map<String, Object> settings = new HashMap<>(TestDatabases.freshDatabase());
        replicaUrl = replica.url((String) settings.get("spring.datasource.url"));
        settings.put("hirfa.test.shared-datasource", "true");
        settings.put("server.port", "0");
        settings.put("hirfa.demo", "false");
        settings.put("hirfa.replica.url", replicaUrl);
        settings.put("hirfa.replica.username", user);
        settings.put("hirfa.replica.password", password);
        String[] arguments = settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        node = new SpringApplicationBuilder(HirfaApplication.class).run(arguments);
        PlatformFixtures.staff(node.getBean(AccountService.class));
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (replica != null) {
            replica.close();
        }
    }

    @Test
    void dashboardsAreServedFromTheReplicaWithItsLagAndFromThePrimaryWhenItStops() throws Exception {
        int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
        RegistryFixtures.artisanIn("401").registered(port);
        RegistryFixtures.artisanIn("401").registered(port);
        long onPrimary = node.getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from reg_artisan where status = 'REGISTERED'", Long.class);
        assertThat(onPrimary).isEqualTo(2);
        eventually(() -> registeredOnReplica() == onPrimary, "the replica replays the primary's writes");

        WebSession ministry = WebSession.loggedIn(port, "ministry");
        // the node measures the replica in the background: the first pages may still come from the primary
        eventually(() -> ministry.get("/?lang=fr").body().contains(AS_OF), "the home page reads from the replica");
        WebResponse home = ministry.get("/?lang=fr");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body())
                .contains("hirfa-home-table")
                .contains("id=\"replica-lag\"")
                .contains(AS_OF);
        WebResponse report = WebSession.loggedIn(port, "admin").get("/vae/reports?lang=fr");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("id=\"csv\"").contains(AS_OF);
        // a page that is not marked as tolerating lag never reads from the replica
        assertThat(ministry.get("/registry/artisans?lang=fr").body()).doesNotContain(AS_OF);

        assertThat(new WebSession(port).get("/actuator/health/readiness").body())
                .contains("\"replica\":{\"status\":\"UP\"}");
        assertThat(new WebSession(port)
                        .get(
                                "/actuator/prometheus",
                                "Authorization",
                                WebSession.basic("admin", PlatformFixtures.PASSWORD))
                        .body())
                .containsPattern("hirfa_replica_lag_seconds\\{[^}]*\\} [0-9]");

        replica.stop();

        eventually(
                () -> {
                    WebResponse fromPrimary = ministry.get("/?lang=fr");
                    return fromPrimary.status() == 200
                            && fromPrimary.body().contains("hirfa-home-table")
                            && !fromPrimary.body().contains(AS_OF);
                },
                "the home page falls back to the primary");
        WebResponse readiness = new WebSession(port).get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"replica\":{\"status\":\"FALLBACK\"}");
    }

    private static long registeredOnReplica() {
        try (Connection c = DriverManager.getConnection(
                        replicaUrl, env("HIRFA_TEST_PG_USER", "hirfa"), env("HIRFA_TEST_PG_PASSWORD", "hirfa"));
                ResultSet rows = c.createStatement()
                        .executeQuery("select count(*) from reg_artisan where status = 'REGISTERED'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException notYet) {
            return -1;
        }
    }

    private static void eventually(Supplier<Boolean> condition, String what) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.get()) {
            assertThat(System.currentTimeMillis()).as(what).isLessThan(until);
            Thread.sleep(250);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
