package ma.hirfa.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What an operator relies on (ADR 0056): the Prometheus scrape for administrators only, liveness and readiness
 * for the load balancer, and one request id in the response header, the log lines and the support code users
 * read out from an error page or a problem answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@Import(OperationsIT.FailingPage.class)
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT {

    private static final Pattern REFERENCE = Pattern.compile("id=\"error-reference\">([^<]+)<");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @BeforeEach
    void staffAndLog() {
        PlatformFixtures.staff(accounts);
        events.start();
        root().addAppender(events);
    }

    @AfterEach
    void stopListening() {
        root().detachAppender(events);
    }

    @Test
    void administratorsScrapeMetricsAndNobodyElse() {
        new WebSession(port).get("/login");
        WebResponse admin = new WebSession(port)
                .get("/actuator/prometheus", "Authorization", WebSession.basic("admin", PlatformFixtures.PASSWORD));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body())
                .contains("jvm_memory_used_bytes")
                .contains("http_server_requests_seconds")
                .contains("hikaricp_connections_active")
                .contains("application=\"hirfa\"");

        assertThat(new WebSession(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(new WebSession(port)
                        .get(
                                "/actuator/prometheus",
                                "Authorization",
                                WebSession.basic("agent.draa", PlatformFixtures.PASSWORD))
                        .status())
                .isEqualTo(403);
        assertThat(new WebSession(port)
                        .get(
                                "/actuator/prometheus",
                                "Authorization",
                                WebSession.basic("ministry", PlatformFixtures.PASSWORD))
                        .status())
                .isEqualTo(403);
        // nothing else of the actuator is exposed, even to an administrator
        WebSession signedIn = WebSession.loggedIn(port, "admin");
        assertThat(signedIn.get("/actuator/env").status()).isEqualTo(404);
        assertThat(signedIn.get("/actuator/metrics").status()).isEqualTo(404);
    }

    @Test
    void theLoadBalancerReadsLivenessAndReadinessWithoutSigningIn() {
        WebResponse liveness = new WebSession(port).get("/actuator/health/liveness");
        WebResponse readiness = new WebSession(port).get("/actuator/health/readiness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"").contains("livenessState");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body())
                .contains("\"status\":\"UP\"")
                .contains("readinessState")
                .contains("\"db\":{\"status\":\"UP\"}")
                // no replica is configured: readiness does not pretend to check one
                .doesNotContain("replica");
    }

    @Test
    void anErrorPageShowsTheRequestIdThatEveryLogLineOfTheRequestCarries(CapturedOutput output) {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");

        WebResponse failure = agent.get("/test/operations-failure");

        assertThat(failure.status()).isEqualTo(500);
        String requestId = failure.header("X-Request-Id");
        assertThat(requestId).matches("[0-9A-F]{16}");
        assertThat(supportCode(failure)).isEqualTo(requestId);
        ILoggingEvent logged = events.list.stream()
                .filter(e -> e.getFormattedMessage().contains("operations failure"))
                .findFirst()
                .orElseThrow();
        assertThat(logged.getMDCPropertyMap()).containsEntry("requestId", requestId);
        ILoggingEvent reference = events.list.stream()
                .filter(e -> e.getFormattedMessage().startsWith("Error reference " + requestId))
                .findFirst()
                .orElseThrow();
        assertThat(reference.getMDCPropertyMap()).containsEntry("requestId", requestId);
        // the logging pattern prints it on the lines themselves, Tomcat's report of the exception included
        assertThat(output.getOut())
                .containsPattern("ERROR \\[" + requestId + "\\].*operations failure about to happen")
                .containsPattern("ERROR \\[" + requestId + "\\].*simulated operations failure");
    }

    @Test
    void aNotFoundPageAndAProblemAnswerShowTheRequestId() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        WebResponse missing = agent.get("/no/such/operations/page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(supportCode(missing)).isEqualTo(missing.header("X-Request-Id"));

        WebResponse problem = new WebSession(port)
                .get(
                        "/api/v1/registry/artisans?page=abc",
                        "Authorization",
                        WebSession.basic("agent.draa", PlatformFixtures.PASSWORD));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
        assertThat(problem.body()).contains("\"supportCode\":\"" + problem.header("X-Request-Id") + "\"");

        WebResponse unsigned = new WebSession(port).get("/api/v1/registry/artisans");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.body()).contains("\"supportCode\":\"" + unsigned.header("X-Request-Id") + "\"");
    }

    @Test
    void aLoadBalancersRequestIdIsKeptAndAnythingElseIsReplaced() {
        String fromNginx = "6f1c2a9e0b7d4e5f8a3b2c1d0e9f8a7b";
        assertThat(new WebSession(port).get("/login", "X-Request-Id", fromNginx).header("X-Request-Id"))
                .isEqualTo(fromNginx);

        String forged = new WebSession(port)
                .get("/login", "X-Request-Id", "abc\"><script>x</script>")
                .header("X-Request-Id");
        assertThat(forged).matches("[0-9A-F]{16}");
        String tooShort =
                new WebSession(port).get("/login", "X-Request-Id", "x").header("X-Request-Id");
        assertThat(tooShort).matches("[0-9A-F]{16}");
    }

    private static String supportCode(WebResponse page) {
        Matcher matcher = REFERENCE.matcher(page.body());
        assertThat(matcher.find()).as("support code on the page").isTrue();
        return matcher.group(1);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @TestConfiguration
    static class FailingPage {

        @Controller
        static class FailingController {

            private static final org.slf4j.Logger log = LoggerFactory.getLogger(FailingController.class);

            @GetMapping("/test/operations-failure")
            String fail() {
                log.error("operations failure about to happen");
                throw new IllegalStateException("simulated operations failure");
            }
        }
    }
}
