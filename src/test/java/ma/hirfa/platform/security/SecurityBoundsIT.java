package ma.hirfa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.ApiTokens;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.platform.account.UserAccountRepository;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 item 5 (rate limits, a lockout nobody else can trigger, stale rows swept) and the anonymous
 * {@code /error}. The limits are low here; every bucket kind is used by one test only (the buckets are per address,
 * and every request of a test comes from 127.0.0.1).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "hirfa.demo=false",
            "hirfa.rate.login=3",
            "hirfa.rate.verify=3",
            "hirfa.rate.public-pages=9",
            "hirfa.rate.api-token=3"
        })
class SecurityBoundsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    ApiTokens tokens;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    SecuritySweep sweep;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void theFourthLoginOfAMinuteFromOneAddressIsA429PageWithRetryAfter() throws Exception {
        // Without the login page's CSRF token (the page is another bucket): the limit comes before any check.
        WebSession browser = new WebSession(port);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.postWithoutToken("/login", java.util.Map.of("username", "agent.draa", "password", "x"))
                            .status())
                    .isNotEqualTo(429);
        }

        HttpResponse<String> fourth = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Accept", "text/html")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("username=agent.draa&password=demo1234"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(fourth.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1, 60);
        assertThat(fourth.body()).contains("طلبات كثيرة جدا").contains("dir=\"rtl\"");
    }

    @Test
    void verificationPagesAreLimitedPerAddress() {
        WebSession visitor = new WebSession(port);
        for (int i = 0; i < 3; i++) {
            assertThat(visitor.get("/verify/not-a-token-" + i).status()).isNotEqualTo(429);
        }

        WebResponse fourth = visitor.get("/verify/not-a-token-4");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).isNotBlank();
        assertThat(fourth.body()).contains("طلبات كثيرة جدا");
    }

    @Test
    void publicPagesAreLimitedPerAddress() {
        WebSession visitor = new WebSession(port);
        int refusedAt = -1;
        for (int i = 0; i < 12 && refusedAt < 0; i++) {
            if (visitor.get("/api/v1/reference/regions").status() == 429) {
                refusedAt = i;
            }
        }

        assertThat(refusedAt)
                .as("the tenth request of the minute at the latest")
                .isBetween(1, 9);
    }

    @Test
    void eachApiTokenHasItsOwnBucketAnsweredWithAProblemAndRetryAfter() {
        long agentId =
                accountRepository.findByUsername("agent.draa").orElseThrow().id();
        String first = "Bearer " + tokens.issue(agentId, "script one");
        String second = "Bearer " + tokens.issue(agentId, "script two");
        WebSession client = new WebSession(port);
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/api/v1/registry/artisans", "Authorization", first)
                            .status())
                    .isEqualTo(200);
        }

        WebResponse fourth = client.get("/api/v1/registry/artisans", "Authorization", first, "Accept-Language", "fr");
        WebResponse otherToken = client.get("/api/v1/registry/artisans", "Authorization", second);

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fourth.header("Retry-After")).isNotBlank();
        assertThat(fourth.body()).contains("Trop de requêtes en peu de temps");
        assertThat(otherToken.status()).isEqualTo(200);
    }

    @Test
    void badPasswordsFromAnotherAddressDoNotLockTheAdminOut() {
        String elsewhere = LoginThrottle.counter("admin", "203.0.113.9");
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(elsewhere);
        }

        WebResponse admin = new WebSession(port)
                .get("/api/v1/registry/artisans", "Authorization", WebSession.basic("admin", "demo1234"));

        assertThat(throttle.isLocked(elsewhere)).isTrue();
        assertThat(admin.status()).isEqualTo(200);
        throttle.reset(elsewhere);
    }

    @Test
    void theSweepDeletesStaleLockoutRowsAndUnusedBucketsOnly() {
        Instant longAgo = Instant.now().minus(2, ChronoUnit.HOURS);
        jdbc.update(
                "insert into plat_login_throttle (username, failures, window_start, locked_until) values (?, 5, ?, ?)",
                "stale @198.51.100.1",
                Timestamp.from(longAgo),
                Timestamp.from(longAgo.plusSeconds(900)));
        throttle.recordFailure("fresh @198.51.100.2");
        jdbc.update(
                "insert into plat_rate_bucket (id, state, expires_at) values ('old-bucket', null, ?)",
                Timestamp.from(longAgo));

        sweep.sweepOnce();

        assertThat(rows("plat_login_throttle", "username", "stale @198.51.100.1"))
                .isZero();
        assertThat(rows("plat_login_throttle", "username", "fresh @198.51.100.2"))
                .isEqualTo(1);
        assertThat(rows("plat_rate_bucket", "id", "old-bucket")).isZero();
        throttle.reset("fresh @198.51.100.2");
    }

    @Test
    void anAnonymousRequestForTheErrorPageIsANotFoundPage() {
        WebResponse error = new WebSession(port).get("/error");

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.body()).contains("<html");
    }

    private int rows(String table, String column, String value) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class, value);
    }
}
